import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import { Problem } from '../../api/src/contracts/common.js';
import { DirectorySyncResult } from '../../api/src/contracts/directory-import.js';
import { createDirectoryRepository } from '../../api/src/db/directory-repository.js';
import { NO_DEPARTMENT_SERVICE } from '../../api/src/domain/directory/directory-sync-mapping.js';
import { syncDirectory } from '../../api/src/domain/directory/sync-directory.js';
import type { Microsoft365 } from '../../api/src/domain/shared/microsoft365.js';
import { createGraphMicrosoft365 } from '../../api/src/m365/graph-microsoft365.js';
import { createAppTokenProvider } from '../../api/src/m365/msal-token-provider.js';
import { createCapturingLogger } from '../fakes/capturing-logger.js';
import { graphUser, type FakeGraphUser } from '../fakes/fake-graph.js';
import { startFakeMicrosoftCloud, type FakeMicrosoftCloud } from '../fakes/fake-microsoft-cloud.js';
import { guardOutboundFetch, type OutboundGuard } from '../fakes/outbound-guard.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

const objectId = (n: number): string => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const chiefExecutive = graphUser({
  id: objectId(1),
  displayName: 'Morgan Reyes',
  mail: 'morgan.reyes@council.example',
  jobTitle: 'Chief Executive',
  department: 'Chief Executive’s Office',
  officeLocation: 'Civic Centre',
});
const headOfRevenues = graphUser({
  id: objectId(2),
  displayName: 'Priya Shah',
  mail: 'priya.shah@council.example',
  jobTitle: 'Head of Revenues and Benefits',
  department: 'Revenues and Benefits',
  officeLocation: 'Town Hall',
  managerId: objectId(1),
});
const officer = graphUser({
  id: objectId(3),
  displayName: 'Tom Evans',
  mail: 'Tom.Evans@Council.Example',
  jobTitle: 'Revenues Officer',
  department: 'Revenues and Benefits',
  officeLocation: 'Town Hall',
  managerId: objectId(2),
});
const withoutDepartment = graphUser({
  id: objectId(4),
  displayName: 'Jo Bloggs',
  mail: 'jo.bloggs@council.example',
  department: null,
  officeLocation: null,
  managerId: objectId(2),
});
const disabled = graphUser({ id: objectId(5), displayName: 'Chris Former', mail: 'chris.former@council.example', accountEnabled: false, managerId: objectId(2) });
const guest = graphUser({ id: objectId(6), displayName: 'Sam Partner', mail: null, userPrincipalName: 'sam_partner.org#EXT#@council.onmicrosoft.com' });
const TENANT: FakeGraphUser[] = [chiefExecutive, headOfRevenues, officer, withoutDepartment, disabled, guest];

let cloud: FakeMicrosoftCloud;
let outbound: OutboundGuard;
let graph: Microsoft365;
let server: TestServer;
const sessions = new Map<string, string>();
let adminId: string;
let hrId: string;
let staffId: string;

beforeAll(async () => {
  cloud = await startFakeMicrosoftCloud({ users: TENANT, usersPageSize: 2 });
  const tokens = createAppTokenProvider(cloud.entraConfig(), cloud.msalOptions());
  graph = createGraphMicrosoft365({
    graphBaseUrl: cloud.url,
    getToken: (requirements) => tokens.getGraphToken(requirements),
    customHosts: new Set([cloud.host]),
    logger: createCapturingLogger(),
  });
  server = await startTestServer({ env: { SEED_DEMO: 'false' }, overrides: { microsoft365: graph } });
  outbound = guardOutboundFetch([cloud.url, server.baseUrl]);

  // The people who run the sync came from a staff list, not Microsoft 365, so the sync leaves them alone.
  adminId = await buildPerson(server.db, { displayName: 'Alex Admin' });
  hrId = await buildPerson(server.db, { displayName: 'Fiona HR' });
  staffId = await buildPerson(server.db, { displayName: 'Sam Staff' });
  await server.db
    .insertInto('role_assignments')
    .values([
      { person_id: adminId, role: 'admin' },
      { person_id: hrId, role: 'hr' },
    ])
    .execute();
});

afterAll(async () => {
  outbound.restore();
  await server.close();
  await cloud.close();
});

beforeEach(() => cloud.resetRecording());

async function as(personId: string): Promise<Record<string, string>> {
  let cookie = sessions.get(personId);
  if (!cookie) {
    cookie = await signInAs(server.baseUrl, personId);
    sessions.set(personId, cookie);
  }
  return { cookie };
}

const postSync = async (personId: string, query = '') =>
  fetch(`${server.baseUrl}/api/directory/sync${query}`, { method: 'POST', headers: await as(personId) });

async function syncResult(response: Response): Promise<DirectorySyncResult> {
  expect(response.status).toBe(200);
  return DirectorySyncResult.parse(await response.json());
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  return Problem.parse(await response.json());
}

const count = async (table: 'people' | 'directory_imports' | 'audit_log') =>
  (await server.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

const synced = () =>
  server.db
    .selectFrom('people as p')
    .leftJoin('services as s', 's.id', 'p.service_id')
    .leftJoin('sites as si', 'si.id', 'p.site_id')
    .leftJoin('people as m', 'm.id', 'p.line_manager_id')
    .select([
      'p.entra_object_id',
      'p.email',
      'p.display_name',
      'p.job_title',
      's.name as service',
      'si.name as site',
      'm.display_name as manager',
      'p.status',
      'p.left_on',
      'p.updated_at',
    ])
    .where('p.entra_object_id', 'is not', null)
    .orderBy('p.entra_object_id')
    .execute();

const usersPageRequests = () => cloud.graphRequests().filter((request) => request.path === '/v1.0/users');

describe('POST /api/directory/sync', () => {
  it('refuses staff who are not HR or administrators with 403, before asking Microsoft 365 anything', async () => {
    const problem = await expectProblem(await postSync(staffId), 403);
    expect(problem.code).toBe('forbidden');
    expect(cloud.graphRequests()).toEqual([]);
  });

  it('names the query parameter when dryRun is neither true nor false', async () => {
    const problem = await expectProblem(await postSync(adminId, '?dryRun=yes'), 400);
    expect(problem.errors?.[0]?.field).toBe('query.dryRun');
  });

  it('reports what a sync would change, without changing anything, when asked for a dry run', async () => {
    const before = await count('people');
    const result = await syncResult(await postSync(adminId, '?dryRun=true'));
    expect(result).toMatchObject({ dryRun: true, rows: 6, created: 5, updated: 0, leavers: 0, withoutMail: 1, skipped: [] });
    expect(await count('people')).toBe(before);
    expect(await count('directory_imports')).toBe(0);
  });

  it('writes people, services, sites and the management chain from every page Microsoft 365 returns', async () => {
    const result = await syncResult(await postSync(adminId, '?dryRun=false'));
    expect(result).toEqual({
      dryRun: false,
      rows: 6,
      created: 5,
      updated: 0,
      unchanged: 0,
      leavers: 0,
      withoutMail: 1,
      skipped: [],
      newServices: ['Chief Executive’s Office', 'Revenues and Benefits', NO_DEPARTMENT_SERVICE, 'Customer Services'],
      newSites: ['Civic Centre', 'Town Hall'],
      identityChanges: [],
    });
    expect(usersPageRequests()).toHaveLength(3);

    const people = await synced();
    expect(people.map(({ updated_at: _updatedAt, left_on: leftOn, ...person }) => ({ ...person, left: leftOn !== null }))).toEqual([
      { entra_object_id: objectId(1), email: 'morgan.reyes@council.example', display_name: 'Morgan Reyes', job_title: 'Chief Executive', service: 'Chief Executive’s Office', site: 'Civic Centre', manager: null, status: 'active', left: false },
      { entra_object_id: objectId(2), email: 'priya.shah@council.example', display_name: 'Priya Shah', job_title: 'Head of Revenues and Benefits', service: 'Revenues and Benefits', site: 'Town Hall', manager: 'Morgan Reyes', status: 'active', left: false },
      { entra_object_id: objectId(3), email: 'tom.evans@council.example', display_name: 'Tom Evans', job_title: 'Revenues Officer', service: 'Revenues and Benefits', site: 'Town Hall', manager: 'Priya Shah', status: 'active', left: false },
      { entra_object_id: objectId(4), email: 'jo.bloggs@council.example', display_name: 'Jo Bloggs', job_title: 'Officer', service: NO_DEPARTMENT_SERVICE, site: null, manager: 'Priya Shah', status: 'active', left: false },
      { entra_object_id: objectId(5), email: 'chris.former@council.example', display_name: 'Chris Former', job_title: 'Officer', service: 'Customer Services', site: 'Civic Centre', manager: 'Priya Shah', status: 'leaver', left: true },
    ]);

    const record = await server.db.selectFrom('directory_imports').selectAll().executeTakeFirstOrThrow();
    expect(record).toMatchObject({ source: 'graph', imported_by: adminId, created_count: 5, updated_count: 0 });
    const audit = await server.db.selectFrom('audit_log').selectAll().where('action', '=', 'import').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_person_id: adminId,
      resource: 'directory',
      details: expect.objectContaining({ source: 'microsoft365', microsoft365: 'graph', trigger: 'manual', created: 5 }),
    });
  });

  it('changes nothing, and writes nothing, when it runs again and Microsoft 365 has not changed', async () => {
    const before = await synced();
    const [imports, audits] = [await count('directory_imports'), await count('audit_log')];
    const result = await syncResult(await postSync(hrId));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 5, leavers: 0, newServices: [], newSites: [], skipped: [] });
    expect(await synced()).toEqual(before);
    expect([await count('directory_imports'), await count('audit_log')]).toEqual([imports, audits]);
  });

  it('is described in the OpenAPI document, answering with a named DirectorySyncResult', async () => {
    const response = await fetch(`${server.baseUrl}/api/openapi.json`);
    const document = (await response.json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect((await new Validator().validate(document)).valid).toBe(true);
    expect(document.paths['/api/directory/sync']).toMatchObject({
      post: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/DirectorySyncResult' } } } } } },
    });
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['ImportResult', 'DirectorySyncResult', 'DirectorySyncProblem']));
  });
});

describe('syncDirectory, run on its schedule', () => {
  const run = (options = { dryRun: false }) => syncDirectory({ directory: createDirectoryRepository(server.db), microsoft365: graph }, null, options);

  it('makes a leaver of a person removed from Microsoft 365, and records the run as the system’s', async () => {
    cloud.graph.users.splice(cloud.graph.users.indexOf(withoutDepartment), 1);
    const result = await run();
    expect(result).toMatchObject({ rows: 5, created: 0, updated: 0, leavers: 1, unchanged: 4 });
    const jo = (await synced()).find((person) => person.entra_object_id === objectId(4));
    expect(jo).toMatchObject({ status: 'leaver', left_on: expect.anything(), manager: 'Priya Shah' });

    const audit = await server.db.selectFrom('audit_log').selectAll().where('action', '=', 'import').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_person_id: null, details: expect.objectContaining({ trigger: 'scheduled', leavers: 1 }) });
    expect(await run()).toMatchObject({ leavers: 0, updated: 0, unchanged: 4 });
  });

  it('leaves a manager loop in the tenant out of the directory, names everyone in it, and applies everyone else', async () => {
    const loopA = graphUser({ id: objectId(7), displayName: 'Loop A', mail: 'loop.a@council.example', managerId: objectId(8) });
    const loopB = graphUser({ id: objectId(8), displayName: 'Loop B', mail: 'loop.b@council.example', managerId: objectId(7) });
    const joiner = graphUser({ id: objectId(9), displayName: 'Nia Okafor', mail: 'nia.okafor@council.example', managerId: objectId(2) });
    cloud.graph.users.push(loopA, loopB, joiner);

    const result = await run();
    expect(result).toMatchObject({ created: 1, updated: 0, leavers: 0 });
    expect(result.skipped).toEqual([
      expect.objectContaining({ entraObjectId: objectId(7), email: 'loop.a@council.example', field: 'manager', message: expect.stringContaining('loop') }),
      expect.objectContaining({ entraObjectId: objectId(8), email: 'loop.b@council.example', field: 'manager', message: expect.stringContaining('loop') }),
    ]);
    const emails = (await synced()).map((person) => person.email);
    expect(emails).toContain('nia.okafor@council.example');
    expect(emails).not.toContain('loop.a@council.example');
    expect(emails).not.toContain('loop.b@council.example');
  });

  it('reached nothing but the fake Microsoft cloud', () => {
    expect(outbound.blocked).toEqual([]);
    expect(cloud.unexpectedRequests).toEqual([]);
  });
});

describe('POST /api/directory/sync in local mode', () => {
  let local: TestServer;
  beforeAll(async () => {
    local = await startTestServer();
    outbound.restore();
    outbound = guardOutboundFetch([cloud.url, server.baseUrl, local.baseUrl]);
  });
  afterAll(() => local.close());

  it('reads the demo council from the outbox, so a sync changes nothing', async () => {
    const cookie = await signInAs(local.baseUrl, await demoPersonId(local.db, 'Alex Kowalski'));
    const response = await fetch(`${local.baseUrl}/api/directory/sync`, { method: 'POST', headers: { cookie } });
    const result = await syncResult(response);
    expect(result).toMatchObject({ created: 0, updated: 0, leavers: 0, withoutMail: 0, skipped: [], newServices: [], newSites: [] });
    expect(result.unchanged).toBe(result.rows);
    const recorded = await local.db.selectFrom('outbox_messages').select(['action', 'path']).execute();
    expect(recorded).toEqual([expect.objectContaining({ action: 'directory sync', path: expect.stringMatching(/^\/v1\.0\/users\?/) })]);
  });
});
