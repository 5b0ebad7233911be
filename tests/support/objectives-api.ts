import { ObjectiveDetail, Objective, type ObjectiveInput } from '../../api/src/contracts/objectives.js';
import type { AnswerValue } from '../../api/src/contracts/skills-audit.js';
import type { Db } from '../../api/src/db/database.js';
import { tableRows, type TableName } from './authorisation-matrix.js';
import { okBody, request } from './http-client.js';
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

/** Calls to the objectives API as whoever `headers` signs in. */
export function objectivesApi(server: TestServer) {
  const call = (headers: Headers, method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, headers, body);
  return {
    call,
    create: (headers: Headers, body: unknown) => call(headers, 'POST', '/api/objectives', body),
    async created(headers: Headers, overrides: Partial<ObjectiveInput> = {}): Promise<Objective> {
      return okBody(Objective, await call(headers, 'POST', '/api/objectives', objectiveInput(overrides)));
    },
    move: (headers: Headers, objectiveId: string, verb: string, body?: unknown) => call(headers, 'POST', `/api/objectives/${objectiveId}/${verb}`, body ?? {}),
    async moved(headers: Headers, objectiveId: string, verb: string, body?: unknown): Promise<Objective> {
      return okBody(Objective, await call(headers, 'POST', `/api/objectives/${objectiveId}/${verb}`, body ?? {}));
    },
    async detail(headers: Headers, objectiveId: string): Promise<ObjectiveDetail> {
      return okBody(ObjectiveDetail, await call(headers, 'GET', `/api/objectives/${objectiveId}`));
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

/** The objective tables, appraisal years and settings: what a refused objectives request must leave as it was. */
export const OBJECTIVE_TABLES: readonly TableName[] = ['appraisal_years', 'objectives', 'objective_events', 'objective_check_ins', 'settings'];

/** Every row of the objective tables: equal before and after means nothing was written. */
export const objectiveTables = (db: Db) => tableRows(db, OBJECTIVE_TABLES);
