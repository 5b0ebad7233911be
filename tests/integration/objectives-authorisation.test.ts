import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import type { ObjectiveStatusColumn } from '../../api/src/db/schema.js';
import {
  AppraisalYear,
  AppraisalYearList,
  DEFAULT_OBJECTIVE_SETTINGS,
  MyObjectives,
  Objective,
  ObjectiveDetail,
  ObjectiveSettings,
} from '../../api/src/contracts/objectives.js';
import { buildAuditResult } from '../factories/champions.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { everyone, expectAnswer, roleCases, statusFor, type StatusByRole } from '../support/authorisation-matrix.js';
import { request } from '../support/http-client.js';
import { CAST_ROLES, objectivesCast, type Cast, type CastRole } from '../support/objectives-cast.js';
import { answerStatements, OBJECTIVE_TABLES, objectiveInput } from '../support/objectives-api.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Who may use each objectives and appraisal-year endpoint, for the whole cast (see
 * tests/support/objectives-cast.ts). The records are Sam's (staff): his management chain
 * (Gareth, and Gareth's manager who heads Customer Services) and HR stand as managers;
 * everyone else may not learn his objectives exist (404). A refused write changes no row;
 * every read of Sam's objective by someone else is in the audit log.
 */

const clock = { now: () => new Date('2026-05-01T09:00:00Z') };

let server: TestServer;
let cast: Cast;
let yearId: string;

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  cast = await objectivesCast(server);
  yearId = await buildAppraisalYear(server.db);
  // Sam has a gap to make an objective from; nobody else in the cast has taken the audit.
  const responseId = await buildAuditResult(server.db, cast.staff.id, { 'managing-information': { level: 'developing', gaps: 1 } });
  await answerStatements(server.db, responseId, { 'use-search-engine': 'could-not' });
});

afterAll(async () => {
  await server?.close();
});

const send = (role: CastRole, method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, cast[role].headers, body);

/** Everyone in the cast who stands as Sam's manager: his management chain and HR. */
const SAMS_MANAGERS: CastRole[] = ['directManager', 'indirectManager', 'headOwn', 'hr'];

/** The status Sam gets, the status his managers get, and the status everyone else gets. */
const matrix = (forStaff: number, forManagers: number, forOthers: number): StatusByRole => ({ ...statusFor(SAMS_MANAGERS, forManagers, forOthers), staff: forStaff });
const hrOnly = statusFor(['hr']);

/** Sam's objective in `status`, fresh for each request so no request depends on another. */
const samsObjective = (status: ObjectiveStatusColumn) => buildObjective(server.db, cast.staff.id, yearId, { status });

interface PreparedRequest {
  method: string;
  path: string;
  body?: unknown;
}

interface Endpoint {
  name: string;
  expected: StatusByRole;
  /** Makes what the request needs (a fresh objective of Sam's, so no request depends on another) and says what to send. */
  prepare(): Promise<PreparedRequest>;
  /** Checks a 200 answer: its contract, and that it is about the right person. */
  check?(role: CastRole, body: unknown): void;
}

const at = (method: string, path: string, body?: unknown) => async (): Promise<PreparedRequest> => ({ method, path, body });
const onSams = (status: ObjectiveStatusColumn, verb: string, body: unknown) => async (): Promise<PreparedRequest> => ({
  method: 'POST',
  path: `/api/objectives/${await samsObjective(status)}/${verb}`,
  body,
});

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /api/appraisal-years',
    expected: everyone(200),
    prepare: at('GET', '/api/appraisal-years'),
    check: (_, body) => expect(AppraisalYearList.parse(body).items.length).toBeGreaterThan(0),
  },
  {
    name: 'POST /api/appraisal-years',
    expected: hrOnly,
    prepare: at('POST', '/api/appraisal-years', { startYear: 2031 }),
    check: (_, body) => expect(AppraisalYear.parse(body).label).toBe('2031/32'),
  },
  {
    name: 'PATCH /api/appraisal-years/:yearId',
    expected: hrOnly,
    prepare: async () => ({ method: 'PATCH', path: `/api/appraisal-years/${yearId}`, body: { agreeBy: '2026-07-15' } }),
    check: (_, body) => expect(AppraisalYear.parse(body).agreeBy).toBe('2026-07-15'),
  },
  {
    name: 'GET /api/objectives/settings',
    expected: everyone(200),
    prepare: at('GET', '/api/objectives/settings'),
    check: (_, body) => ObjectiveSettings.parse(body),
  },
  {
    name: 'PUT /api/objectives/settings',
    expected: hrOnly,
    prepare: at('PUT', '/api/objectives/settings', { ...DEFAULT_OBJECTIVE_SETTINGS, checkInEveryDays: 60 }),
    check: (_, body) => expect(ObjectiveSettings.parse(body).checkInEveryDays).toBe(60),
  },
  {
    name: 'GET /api/objectives',
    expected: everyone(200),
    async prepare() {
      await samsObjective('draft');
      return { method: 'GET', path: '/api/objectives' };
    },
    // Only ever one's own: Sam's objectives never appear in anyone else's list.
    check: (role, body) => {
      const { items } = MyObjectives.parse(body);
      expect(items.filter((item) => item.person.id !== cast[role].id)).toEqual([]);
      if (role === 'staff') expect(items.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'POST /api/objectives',
    expected: everyone(200),
    prepare: at('POST', '/api/objectives', objectiveInput()),
    check: (role, body) => expect(Objective.parse(body).person.id).toBe(cast[role].id),
  },
  {
    name: 'POST /api/objectives/from-report',
    // From one's own latest audit only: Sam has a gap there; nobody else has an audit, and nobody can name Sam's.
    expected: { ...everyone(422), staff: 200 },
    prepare: at('POST', '/api/objectives/from-report', { statementKey: 'use-search-engine', reason: 'gap' }),
    check: (role, body) => expect(Objective.parse(body).person.id).toBe(cast[role].id),
  },
  {
    name: 'GET /api/objectives/:objectiveId',
    expected: matrix(200, 200, 404),
    prepare: async () => ({ method: 'GET', path: `/api/objectives/${await samsObjective('proposed')}` }),
    check: (_, body) => expect(ObjectiveDetail.parse(body).person.id).toBe(cast.staff.id),
  },
  {
    name: 'PATCH /api/objectives/:objectiveId',
    expected: matrix(200, 403, 404),
    prepare: async () => ({ method: 'PATCH', path: `/api/objectives/${await samsObjective('draft')}`, body: { title: 'A clearer title for this' } }),
    check: (_, body) => expect(Objective.parse(body).title).toBe('A clearer title for this'),
  },
  {
    name: 'POST /api/objectives/:objectiveId/propose',
    expected: matrix(200, 403, 404),
    prepare: onSams('draft', 'propose', {}),
    check: (_, body) => expect(Objective.parse(body).status).toBe('proposed'),
  },
  {
    name: 'POST /api/objectives/:objectiveId/withdraw',
    expected: matrix(200, 403, 404),
    prepare: onSams('proposed', 'withdraw', {}),
    check: (_, body) => expect(Objective.parse(body).status).toBe('withdrawn'),
  },
  {
    name: 'POST /api/objectives/:objectiveId/agree',
    expected: matrix(403, 200, 404),
    prepare: onSams('proposed', 'agree', {}),
    check: (role, body) => expect(Objective.parse(body)).toMatchObject({ status: 'agreed', agreedBy: { id: cast[role].id } }),
  },
  {
    name: 'POST /api/objectives/:objectiveId/return',
    expected: matrix(403, 200, 404),
    prepare: onSams('proposed', 'return', { comment: 'Make it measurable.' }),
    check: (_, body) => expect(Objective.parse(body).status).toBe('returned'),
  },
  {
    name: 'POST /api/objectives/:objectiveId/check-ins',
    expected: matrix(200, 200, 404),
    prepare: onSams('agreed', 'check-ins', { note: 'Half way there.', progress: 50 }),
    check: (_, body) => expect(Objective.parse(body)).toMatchObject({ status: 'in-progress', progress: 50 }),
  },
  {
    name: 'POST /api/objectives/:objectiveId/outcome',
    expected: matrix(403, 200, 404),
    prepare: onSams('in-progress', 'outcome', { outcome: 'achieved', comment: 'Well done.' }),
    check: (_, body) => expect(Objective.parse(body)).toMatchObject({ status: 'completed', outcome: 'achieved' }),
  },
];

const lastLogId = async (): Promise<number> =>
  Number((await server.db.selectFrom('audit_log').select(sql<string>`coalesce(max(id), 0)`.as('id')).executeTakeFirstOrThrow()).id);

describe.each(ENDPOINTS)('$name', (endpoint) => {
  it.each(roleCases(endpoint.expected))('answers %s with %i, and a refusal changes no objective, event, check-in, year or setting', async (role, status) => {
    const prepared = await endpoint.prepare();

    const response = await expectAnswer(role, status, () => send(role, prepared.method, prepared.path, prepared.body), { db: server.db, tables: OBJECTIVE_TABLES });

    if (status === 200) endpoint.check?.(role, await response.json());
  });
});

describe('reads of someone else’s objective', () => {
  it('are written to the audit log for each manager and HR, and not for the person or anyone refused', async () => {
    const objectiveId = await samsObjective('agreed');
    const since = await lastLogId();

    for (const role of CAST_ROLES) await send(role, 'GET', `/api/objectives/${objectiveId}`);

    const reads = await server.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'resource', 'subject_person_id', 'details'])
      .where('id', '>', String(since))
      .where('action', '=', 'read')
      .orderBy('id')
      .execute();
    expect(reads.map((row) => [row.actor_person_id, row.resource, row.subject_person_id])).toEqual(
      SAMS_MANAGERS.map((role) => [cast[role].id, 'objective', cast.staff.id]),
    );
    expect(reads[0]!.details).toMatchObject({ objectiveId });
  });
});
