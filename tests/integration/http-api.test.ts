import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import pg from 'pg';
import { Problem } from '../../api/src/contracts/common.js';
import { ImportResult } from '../../api/src/contracts/directory-import.js';
import { Me } from '../../api/src/contracts/me.js';
import { PersonRecord } from '../../api/src/contracts/people.js';
import { AuditLogPage, OutboxPage } from '../../api/src/contracts/platform.js';
import { demoEmail, demoEntraObjectId } from '../../api/src/demo/demo-council.js';
import { createEntraTokenValidator } from '../../api/src/m365/token-validator.js';
import { createEntraTokens, type EntraTokens } from '../fakes/entra-tokens.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, getPath } from '../support/http-client.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let entra: EntraTokens;

beforeAll(async () => {
  entra = await createEntraTokens();
  server = await startTestServer({
    overrides: { tokenValidator: createEntraTokenValidator({ ...entra.validatorOptions(), jwks: entra.keySet }) },
  });
});
afterAll(() => server.close());

const as = (displayName: string) => demoSession(server, displayName);
const get = (path: string, headers: Record<string, string> = {}) => getPath(server.baseUrl, path, headers);

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

/** The SQL statements the server sent while `act` ran (this process's pg clients, so keep other work out of it). */
async function queriesDuring(act: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = jest.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    sent.push(typeof first === 'string' ? first : first.text);
    return (original as (...parameters: unknown[]) => unknown).apply(this, args) as never;
  });
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  return sent;
}

const countPeople = async () =>
  (await server.db.selectFrom('people').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

describe('authentication', () => {
  it('answers 401 problem+json, with a Bearer challenge, to a request with no credentials', async () => {
    const response = await get('/api/me');
    const problem = await expectProblem(response, 401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(problem.code).toBe('unauthenticated');
  });

  it('accepts a valid Entra token and maps its oid to the person', async () => {
    const token = await entra.valid({ oid: demoEntraObjectId(demoEmail('Sam Whitfield')) });
    const response = await get('/api/me', { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(Me.parse(await response.json()).person.displayName).toBe('Sam Whitfield');
  });

  it.each(['forged', 'expired', 'wrongAudience', 'wrongTenant', 'wrongIssuer', 'withoutObjectId', 'appOnly'] as const)('refuses a %s token with 401', async (kind) => {
    const token = await entra[kind]({ oid: demoEntraObjectId(demoEmail('Sam Whitfield')) });
    await expectProblem(await get('/api/me', { authorization: `Bearer ${token}` }), 401);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    await expectProblem(await get('/api/me', { authorization: 'Basic c2FtOnNlY3JldA==' }), 401);
  });

  it('answers 403 to a valid token for someone who is not in the directory', async () => {
    const problem = await expectProblem(await get('/api/me', { authorization: `Bearer ${await entra.valid()}` }), 403);
    expect(problem.detail).toMatch(/not in this council’s staff directory/);
  });

  it('answers 403 to a leaver, whatever their credentials', async () => {
    const leaver = await server.db.selectFrom('people').select(['entra_object_id']).where('status', '=', 'leaver').executeTakeFirstOrThrow();
    const token = await entra.valid({ oid: leaver.entra_object_id! });
    await expectProblem(await get('/api/me', { authorization: `Bearer ${token}` }), 403);
  });
});

describe('GET /api/me', () => {
  it('tells a member of staff who they are, with the staff role and only the pages every member of staff has', async () => {
    const me = Me.parse(await (await get('/api/me', await as('Sam Whitfield'))).json());
    expect(me.person).toMatchObject({ displayName: 'Sam Whitfield', service: { name: 'Customer Services' }, lineManager: { displayName: 'Gareth Morgan' } });
    expect(me.roles.map((role) => role.role)).toEqual(['staff']);
    expect(me.navigation.map((item) => item.id)).toEqual(['home', 'my-skills', 'audit', 'help-requests', 'my-champion', 'drop-ins', 'guides', 'champions', 'objectives', 'service-plans', 'projects']);
    expect(me.mode).toBe('local');
  });

  it('derives line manager and head of service from the directory', async () => {
    const manager = Me.parse(await (await get('/api/me', await as('Gareth Morgan'))).json());
    expect(manager.roles.map((role) => role.role)).toEqual(['staff', 'lineManager']);
    const head = Me.parse(await (await get('/api/me', await as('Helen Adeyemi'))).json());
    expect(head.roles.map((role) => role.role)).toEqual(['staff', 'lineManager', 'headOfService']);
  });

  it('asks the database once, whether signed in with a session or a Teams token: it starts every page', async () => {
    const session = await as('Sam Whitfield');
    const token = { authorization: `Bearer ${await entra.valid({ oid: demoEntraObjectId(demoEmail('Sam Whitfield')) })}` };
    for (const headers of [session, token]) {
      await get('/api/me', headers);
      const queries = await queriesDuring(() => get('/api/me', headers));
      expect(queries).toHaveLength(1);
    }
  });

  it('refuses a session that has ended, and a leaver still holding one', async () => {
    const personId = await demoPersonId(server.db, 'Dave Hollis');
    const ended = { cookie: await signInAs(server.baseUrl, personId) };
    await server.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1_000) }).where('person_id', '=', personId).execute();
    await expectProblem(await get('/api/me', ended), 401);

    const again = { cookie: await signInAs(server.baseUrl, personId) };
    await server.db.updateTable('people').set({ status: 'leaver', left_on: '2026-11-30' }).where('id', '=', personId).execute();
    try {
      expect((await expectProblem(await get('/api/me', again), 403)).detail).toMatch(/leaver/);
    } finally {
      await server.db.updateTable('people').set({ status: 'active', left_on: null }).where('id', '=', personId).execute();
    }
  });

  it('shows an administrator the administration pages, including the local outbox', async () => {
    const me = Me.parse(await (await get('/api/me', await as('Alex Kowalski'))).json());
    expect(me.navigation.map((item) => item.id)).toEqual([
      'home', 'import-staff', 'audit-log', 'outbox', 'my-skills', 'audit', 'audit-settings',
      'help-requests', 'my-champion', 'drop-ins', 'guides', 'champions', 'help-request-settings', 'objectives', 'service-plans', 'service-plan-compliance', 'projects',
    ]);
  });
});

describe('GET /api/people/:id/record', () => {
  it('shows a person their own record without writing to the audit log', async () => {
    const samId = await demoPersonId(server.db, 'Sam Whitfield');
    const response = await get(`/api/people/${samId}/record`, await as('Sam Whitfield'));
    expect(PersonRecord.parse(await response.json())).toMatchObject({ id: samId, status: 'active' });
    const logged = await server.db.selectFrom('audit_log').select('id').where('subject_person_id', '=', samId).execute();
    expect(logged).toHaveLength(0);
  });

  it.each(['Gareth Morgan', 'Fiona Campbell'])('lets %s (manager in the chain, HR) read it, and audit-logs the read', async (reader) => {
    const samId = await demoPersonId(server.db, 'Sam Whitfield');
    const readerId = await demoPersonId(server.db, reader);
    expect((await get(`/api/people/${samId}/record`, await as(reader))).status).toBe(200);
    const entry = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_person_id', '=', samId)
      .where('actor_person_id', '=', readerId)
      .executeTakeFirst();
    expect(entry).toMatchObject({ action: 'read', resource: 'person-record' });
  });

  it('refuses a colleague outside the management chain with 403', async () => {
    const samId = await demoPersonId(server.db, 'Sam Whitfield');
    await expectProblem(await get(`/api/people/${samId}/record`, await as('Helen Adeyemi')), 403);
  });

  it('names the parameter when the id is not a UUID', async () => {
    const problem = await expectProblem(await get('/api/people/not-an-id/record', await as('Sam Whitfield')), 400);
    expect(problem.errors?.[0]?.field).toBe('params.id');
  });
});

describe('POST /api/directory/imports', () => {
  const HEADER = 'email,display_name,job_title,service,site,line_manager_email';
  const GOOD = [
    HEADER,
    'nia.okafor@northmere-council.example,Nia Okafor,Digital Inclusion Lead,Cultural Services,Riverside Library,helen.adeyemi@northmere-council.example',
    'joe.blake@northmere-council.example,Joe Blake,Library Assistant,Cultural Services,Riverside Library,nia.okafor@northmere-council.example',
  ].join('\n');

  const post = async (who: string, body: string, options: { dryRun?: boolean; type?: string } = {}) =>
    fetch(`${server.baseUrl}/api/directory/imports${options.dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { ...(await as(who)), 'content-type': options.type ?? 'text/csv' },
      body,
    });

  it('refuses staff who are not HR or administrators with 403', async () => {
    await expectProblem(await post('Sam Whitfield', GOOD), 403);
  });

  it('refuses a body that is not CSV with 415', async () => {
    await expectProblem(await post('Fiona Campbell', '{}', { type: 'application/json' }), 415);
  });

  it('rejects a file with a bad line whole, listing every problem by line and column, and writes nothing', async () => {
    const before = await countPeople();
    const bad = `${GOOD}\nnot-an-email,,Officer,Housing,,\nann@x.example,Ann,Officer,Housing,,nobody@x.example`;
    const problem = await expectProblem(await post('Fiona Campbell', bad), 422);
    expect(problem.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'email' }),
      expect.objectContaining({ row: 4, column: 'display_name', message: 'is required' }),
    ]);
    expect(await countPeople()).toBe(before);
  });

  it('checks a file without changing anything when asked for a dry run', async () => {
    const before = await countPeople();
    const result = ImportResult.parse(await (await post('Fiona Campbell', GOOD, { dryRun: true })).json());
    expect(result).toMatchObject({ dryRun: true, created: 2, newSites: ['Riverside Library'] });
    expect(await countPeople()).toBe(before);
  });

  it('applies a good file, then changes nothing when the same file comes again', async () => {
    const first = ImportResult.parse(await (await post('Fiona Campbell', GOOD)).json());
    expect(first).toMatchObject({ dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0, newSites: ['Riverside Library'] });
    const joe = await server.db
      .selectFrom('people as p')
      .innerJoin('people as m', 'm.id', 'p.line_manager_id')
      .innerJoin('sites as s', 's.id', 'p.site_id')
      .select(['m.display_name as manager', 's.kind', 'p.updated_at'])
      .where('p.email', '=', 'joe.blake@northmere-council.example')
      .executeTakeFirstOrThrow();
    expect(joe).toMatchObject({ manager: 'Nia Okafor', kind: 'library' });

    const again = ImportResult.parse(await (await post('Fiona Campbell', GOOD)).json());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, newServices: [], newSites: [] });
    const after = await server.db.selectFrom('people').select('updated_at').where('email', '=', 'joe.blake@northmere-council.example').executeTakeFirstOrThrow();
    expect(after.updated_at).toEqual(joe.updated_at);

    const audit = await server.db.selectFrom('audit_log').selectAll().where('action', '=', 'import').execute();
    expect(audit).toHaveLength(2);
  });
});

describe('administration', () => {
  it('writes each read of the audit log to the audit log itself', async () => {
    const alex = await demoPersonId(server.db, 'Alex Kowalski');
    const sam = await demoPersonId(server.db, 'Sam Whitfield');
    await get(`/api/audit-log?subjectId=${sam}`, await as('Alex Kowalski'));
    const entry = await server.db
      .selectFrom('audit_log')
      .select(['action', 'subject_person_id'])
      .where('resource', '=', 'audit-log')
      .where('actor_person_id', '=', alex)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    expect(entry).toEqual({ action: 'read', subject_person_id: sam });
  });

  it('lets administrators and HR read the audit log, and nobody else', async () => {
    expect(AuditLogPage.parse(await (await get('/api/audit-log', await as('Alex Kowalski'))).json()).total).toBeGreaterThanOrEqual(0);
    expect((await get('/api/audit-log', await as('Fiona Campbell'))).status).toBe(200);
    await expectProblem(await get('/api/audit-log', await as('Gareth Morgan')), 403);
  });

  it('shows administrators the local outbox, and nobody else', async () => {
    await server.hub.microsoft365.installAppForUser('test install', demoEntraObjectId(demoEmail('Sam Whitfield')), '6f1c2a9e-3b7d-4e51-9c0a-5d2e8f4b7a13');
    const page = OutboxPage.parse(await (await get('/api/outbox', await as('Alex Kowalski'))).json());
    expect(page.items[0]).toMatchObject({ action: 'test install', method: 'POST' });
    await expectProblem(await get('/api/outbox', await as('Fiona Campbell')), 403);
  });

  it('names the query parameter that is out of range', async () => {
    const problem = await expectProblem(await get('/api/audit-log?limit=5000', await as('Alex Kowalski')), 400);
    expect(problem.errors?.[0]?.field).toBe('query.limit');
  });
});

describe('local sign-in', () => {
  it('names the field when the sign-in request is malformed or names nobody', async () => {
    const send = (body: string) => fetch(`${server.baseUrl}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await expectProblem(await send('{"personId":"sam"}'), 400)).errors?.[0]?.field).toBe('body.personId');
    expect((await expectProblem(await send('{"personId":'), 400)).errors?.[0]?.field).toBe('body');
    expect((await expectProblem(await send('{"personId":"0f8fad5b-d9cb-469f-a165-70867728950e"}'), 422)).errors?.[0]?.field).toBe('body.personId');
  });

  it('ends the session on sign-out', async () => {
    const headers = { cookie: await signInAs(server.baseUrl, await demoPersonId(server.db, 'Marcus Reid')) };
    expect((await get('/api/me', headers)).status).toBe(200);
    await fetch(`${server.baseUrl}/api/dev/sign-out`, { method: 'POST', headers });
    expect((await get('/api/me', headers)).status).toBe(401);
  });
});

describe('the server around the API', () => {
  it('publishes a valid OpenAPI 3.1 document describing every route', async () => {
    const document = (await (await get('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/me', '/api/people/{id}/record', '/api/directory/imports']));
  });

  it('answers health and readiness checks', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect(await (await get('/readyz')).json()).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });

  it('lets Teams frame the tab, and nobody else', async () => {
    const response = await get('/');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('answers an unknown API path with a 404 problem, not the tab', async () => {
    await expectProblem(await get('/api/nothing-here', await as('Sam Whitfield')), 404);
  });
});

describe('when dev sign-in is off', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({ env: { DEV_SIGN_IN: 'false' } });
  });
  afterAll(() => strict.close());

  it('has no sign-in routes and ignores session cookies', async () => {
    expect((await fetch(`${strict.baseUrl}/api/dev/personas`)).status).toBe(404);
    const samId = await demoPersonId(strict.db, 'Sam Whitfield');
    const forged = await fetch(`${strict.baseUrl}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: samId }) });
    expect(forged.status).toBe(404);
    expect((await fetch(`${strict.baseUrl}/api/me`, { headers: await as('Sam Whitfield') })).status).toBe(401);
  });
});
