import { Problem } from '../../api/src/contracts/common.js';
import { ObjectiveDetail, Objective, type ObjectiveInput } from '../../api/src/contracts/objectives.js';
import type { AnswerValue } from '../../api/src/contracts/skills-audit.js';
import type { Db } from '../../api/src/db/database.js';
import { request } from './http-client.js';
import type { TestServer } from './start-test-server.js';

type Headers = Record<string, string>;

/** A valid skill objective in the 2026/27 year the factories make. */
export function objectiveInput(overrides: Partial<ObjectiveInput> = {}): ObjectiveInput {
  return {
    kind: 'skill',
    title: 'Get confident with shared files',
    successMeasure: 'I keep my team’s files in SharePoint and share links, not attachments.',
    targetDate: '2026-12-31',
    categoryKeys: ['managing-information'],
    supportedPersonId: null,
    supportsAsChampion: false,
    projectId: null,
    ...overrides,
  };
}

export async function problemOf(response: Response): Promise<Problem> {
  return Problem.parse(await response.json());
}

/** The fields a 422 names, in order. */
export async function fieldsOf(response: Response): Promise<string[]> {
  return (await problemOf(response)).errors?.map((error) => error.field) ?? [];
}

/** Calls to the objectives API as whoever `headers` signs in. */
export function objectivesApi(server: TestServer) {
  const call = (headers: Headers, method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, headers, body);
  const expectOk = async (response: Response, what: string): Promise<unknown> => {
    if (response.status !== 200) throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  return {
    call,
    create: (headers: Headers, body: unknown) => call(headers, 'POST', '/api/objectives', body),
    async created(headers: Headers, overrides: Partial<ObjectiveInput> = {}): Promise<Objective> {
      return Objective.parse(await expectOk(await call(headers, 'POST', '/api/objectives', objectiveInput(overrides)), 'POST /api/objectives'));
    },
    move: (headers: Headers, objectiveId: string, verb: string, body?: unknown) => call(headers, 'POST', `/api/objectives/${objectiveId}/${verb}`, body ?? {}),
    async moved(headers: Headers, objectiveId: string, verb: string, body?: unknown): Promise<Objective> {
      return Objective.parse(await expectOk(await call(headers, 'POST', `/api/objectives/${objectiveId}/${verb}`, body ?? {}), verb));
    },
    async detail(headers: Headers, objectiveId: string): Promise<ObjectiveDetail> {
      return ObjectiveDetail.parse(await expectOk(await call(headers, 'GET', `/api/objectives/${objectiveId}`), 'GET objective'));
    },
  };
}

/**
 * Gives a factory-built audit result (buildAuditResult) the answers a report reads its gaps
 * and decay from, by statement key of the shipped framework.
 */
export async function answerStatements(db: Db, responseId: string, answers: Record<string, AnswerValue>): Promise<void> {
  const response = await db.selectFrom('audit_responses').select('framework_version_id').where('id', '=', responseId).executeTakeFirstOrThrow();
  const statements = await db
    .selectFrom('framework_statements')
    .select(['id', 'key'])
    .where('framework_version_id', '=', response.framework_version_id)
    .where('key', 'in', Object.keys(answers))
    .execute();
  if (statements.length !== Object.keys(answers).length) throw new Error('a statement key is not in the framework');
  await db
    .insertInto('audit_answers')
    .values(statements.map((statement) => ({ response_id: responseId, statement_id: statement.id, answer: answers[statement.key]!, answered_at: new Date() })))
    .execute();
}

/** How many rows the objective tables hold: a refused write changes none of them. */
export async function objectiveRowCounts(db: Db): Promise<Record<string, number>> {
  const count = async (table: 'objectives' | 'objective_events' | 'objective_check_ins' | 'appraisal_years') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    objectives: await count('objectives'),
    objective_events: await count('objective_events'),
    objective_check_ins: await count('objective_check_ins'),
    appraisal_years: await count('appraisal_years'),
  };
}

/** Every row of the objective tables and the objective settings: equal before and after means nothing was written. */
export async function objectiveTables(db: Db): Promise<unknown> {
  return {
    years: await db.selectFrom('appraisal_years').selectAll().orderBy('id').execute(),
    objectives: await db.selectFrom('objectives').selectAll().orderBy('id').execute(),
    events: await db.selectFrom('objective_events').selectAll().orderBy('id').execute(),
    checkIns: await db.selectFrom('objective_check_ins').selectAll().orderBy('id').execute(),
    settings: await db.selectFrom('settings').selectAll().where('key', '=', 'objectives').execute(),
  };
}
