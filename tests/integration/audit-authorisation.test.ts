import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import type { z } from 'zod';
import { Problem } from '../../api/src/contracts/common.js';
import {
  AuditReport,
  AuditSettings,
  ChampionCandidateList,
  DEFAULT_AUDIT_SETTINGS,
  MyAudit,
  ReportList,
  TeamAudit,
} from '../../api/src/contracts/skills-audit.js';
import { buildCampaign, buildFramework, frameworkDocument } from '../factories/audit.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Who may use each audit endpoint. Sam Whitfield (staff) has submitted; Gareth Morgan is his
 * line manager, seen with the "managers see levels" setting off and on; Fiona Campbell is
 * HR, Tom Nguyen digital, Alex Kowalski an administrator; "other staff" is outside Sam's
 * management chain. Every read of someone else's results must reach the audit log.
 */

const clock = { now: () => new Date('2026-11-20T10:00:00Z') };

type ActorKey = 'own' | 'otherStaff' | 'managerOff' | 'managerOn' | 'hr' | 'digital' | 'admin';
const ACTORS: ActorKey[] = ['own', 'otherStaff', 'managerOff', 'managerOn', 'hr', 'digital', 'admin'];

let server: TestServer;
let campaignId: string;
const people = {} as Record<ActorKey, string>;
const cookies = {} as Record<ActorKey, string>;
let samsResponseId: string;
let samsColleagueId: string;

/** Through HR's own endpoint, as the council would: the server keeps settings briefly and sees its own saves at once. */
async function setManagersSeeLevels(on: boolean): Promise<void> {
  const response = await call('hr', 'PUT', '/api/audit/settings', { ...DEFAULT_AUDIT_SETTINGS, managersSeeLevels: on });
  expect(response.status).toBe(200);
}

function call(actor: ActorKey, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { cookie: cookies[actor], ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function allAnswers(actor: ActorKey, answer: string) {
  const audit = MyAudit.parse(await (await call(actor, 'GET', '/api/audit/me')).json());
  return audit.categories.flatMap((category) => category.statements.map((statement) => ({ statementId: statement.id, answer })));
}

const lastLogId = async (): Promise<string> =>
  String((await server.db.selectFrom('audit_log').select(sql<string>`coalesce(max(id), 0)`.as('id')).executeTakeFirstOrThrow()).id);

/** Audit-log reads written since `after`, as [actor, resource, subject] triples. */
async function readsSince(after: string): Promise<[string | null, string, string | null][]> {
  const rows = await server.db
    .selectFrom('audit_log')
    .select(['actor_person_id', 'resource', 'subject_person_id'])
    .where('id', '>', after)
    .where('action', '=', 'read')
    .orderBy('id')
    .execute();
  return rows.map((row) => [row.actor_person_id, row.resource, row.subject_person_id]);
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  const versionId = await buildFramework(server.db, frameworkDocument({ categories: 3, statementsEach: 2 }));
  const names: Partial<Record<ActorKey, string>> = {
    own: 'Sam Whitfield',
    managerOff: 'Gareth Morgan',
    managerOn: 'Gareth Morgan',
    hr: 'Fiona Campbell',
    digital: 'Tom Nguyen',
    admin: 'Alex Kowalski',
  };
  for (const actor of ACTORS) people[actor] = names[actor] ? await demoPersonId(server.db, names[actor]) : await buildPerson(server.db);
  const gareth = people.managerOff;
  samsColleagueId = (await server.db
    .selectFrom('people')
    .select('id')
    .where('line_manager_id', '=', gareth)
    .where('id', '!=', people.own)
    .where('status', '=', 'active')
    .orderBy('id')
    .executeTakeFirstOrThrow()).id;

  const everyone = await server.db.selectFrom('people').select('id').where('status', '=', 'active').execute();
  campaignId = await buildCampaign(server.db, { frameworkVersionId: versionId, memberIds: everyone.map((person) => person.id) });
  for (const actor of ACTORS) cookies[actor] = await signInAs(server.baseUrl, people[actor]);

  // Sam submits a strong, current audit (a champion candidate); his colleague only saves a draft.
  const report = await call('own', 'POST', '/api/audit/me/submit', { campaignId, answers: await allAnswers('own', 'done-recently') });
  expect(report.status).toBe(200);
  samsResponseId = AuditReport.parse(await report.json()).responseId;
  const colleague = await signInAs(server.baseUrl, samsColleagueId);
  const firstStatement = (await allAnswers('own', 'could'))[0]!;
  const draft = await fetch(`${server.baseUrl}/api/audit/me/answers`, {
    method: 'PUT',
    headers: { cookie: colleague, 'content-type': 'application/json' },
    body: JSON.stringify({ campaignId, answers: [firstStatement] }),
  });
  expect(draft.status).toBe(200);
});
afterAll(() => server.close());

interface Case {
  endpoint: string;
  method: 'GET' | 'PUT' | 'POST';
  path: () => string;
  body?: (actor: ActorKey) => Promise<unknown>;
  schema: z.ZodType;
  expected: Record<ActorKey, number>;
  /** More checks on a 200. */
  check?: (actor: ActorKey, json: unknown) => void;
}

const ALL_200: Record<ActorKey, number> = { own: 200, otherStaff: 200, managerOff: 200, managerOn: 200, hr: 200, digital: 200, admin: 200 };

const CASES: Case[] = [
  { endpoint: 'GET /api/audit/me', method: 'GET', path: () => '/api/audit/me', schema: MyAudit, expected: ALL_200 },
  { endpoint: 'GET /api/audit/me/reports', method: 'GET', path: () => '/api/audit/me/reports', schema: ReportList, expected: ALL_200 },
  {
    endpoint: 'GET /api/audit/reports/:responseId (Sam’s)',
    method: 'GET',
    path: () => `/api/audit/reports/${samsResponseId}`,
    schema: AuditReport,
    expected: { own: 200, otherStaff: 403, managerOff: 403, managerOn: 403, hr: 200, digital: 403, admin: 403 },
  },
  {
    endpoint: 'GET /api/audit/team',
    method: 'GET',
    path: () => '/api/audit/team',
    schema: TeamAudit,
    expected: { own: 403, otherStaff: 403, managerOff: 200, managerOn: 200, hr: 200, digital: 403, admin: 403 },
  },
  {
    endpoint: 'GET /api/audit/team?campaignId',
    method: 'GET',
    path: () => `/api/audit/team?campaignId=${campaignId}`,
    schema: TeamAudit,
    expected: { own: 403, otherStaff: 403, managerOff: 200, managerOn: 200, hr: 200, digital: 403, admin: 403 },
  },
  {
    endpoint: 'GET /api/audit/champion-candidates',
    method: 'GET',
    path: () => '/api/audit/champion-candidates',
    schema: ChampionCandidateList,
    expected: { own: 403, otherStaff: 403, managerOff: 403, managerOn: 403, hr: 200, digital: 200, admin: 403 },
  },
  {
    endpoint: 'GET /api/audit/settings',
    method: 'GET',
    path: () => '/api/audit/settings',
    schema: AuditSettings,
    expected: { own: 403, otherStaff: 403, managerOff: 403, managerOn: 403, hr: 200, digital: 403, admin: 200 },
  },
  {
    endpoint: 'PUT /api/audit/settings',
    method: 'PUT',
    path: () => '/api/audit/settings',
    // Writes back what the row is about to need, so the matrix leaves the settings as each case expects.
    body: async (actor) => ({ ...DEFAULT_AUDIT_SETTINGS, managersSeeLevels: actor === 'managerOn' }),
    schema: AuditSettings,
    expected: { own: 403, otherStaff: 403, managerOff: 403, managerOn: 403, hr: 200, digital: 403, admin: 200 },
  },
  {
    endpoint: 'PUT /api/audit/me/answers (each their own)',
    method: 'PUT',
    path: () => '/api/audit/me/answers',
    // A person named in the body is ignored: the draft saved is always the caller's own.
    body: async (actor) => ({ campaignId, personId: people.own, answers: (await allAnswers(actor, 'could')).slice(0, 2) }),
    schema: MyAudit,
    expected: { ...ALL_200, own: 409 },
  },
  {
    endpoint: 'POST /api/audit/me/submit (each their own)',
    method: 'POST',
    path: () => '/api/audit/me/submit',
    body: async (actor) => ({ campaignId, personId: people.own, answers: await allAnswers(actor, 'could') }),
    schema: AuditReport,
    // Gareth is both manager rows: his second submit finds his audit already submitted.
    expected: { ...ALL_200, own: 409, managerOn: 409 },
    check: (actor, json) => expect(AuditReport.parse(json).person.id).toBe(people[actor]),
  },
];

describe.each(CASES)('$endpoint', ({ method, path, body, schema, expected, check }) => {
  it.each(ACTORS)('answers %s as the table says', async (actor) => {
    await setManagersSeeLevels(actor === 'managerOn');
    const response = await call(actor, method, path(), body ? await body(actor) : undefined);
    expect({ actor, status: response.status }).toEqual({ actor, status: expected[actor] });
    const json: unknown = await response.json();
    if (response.status === 200) {
      schema.parse(json);
      check?.(actor, json);
    } else Problem.parse(json);
  });
});

describe('what each viewer sees and what the audit log records', () => {
  it('keeps Sam’s own report reads out of the audit log', async () => {
    const before = await lastLogId();
    expect((await call('own', 'GET', `/api/audit/reports/${samsResponseId}`)).status).toBe(200);
    expect(await readsSince(before)).toEqual([]);
  });

  it('logs HR’s read of Sam’s report', async () => {
    const before = await lastLogId();
    const report = AuditReport.parse(await (await call('hr', 'GET', `/api/audit/reports/${samsResponseId}`)).json());
    expect(report.person.id).toBe(people.own);
    expect(await readsSince(before)).toEqual([[people.hr, 'audit-report', people.own]]);
  });

  it('logs nothing for a refused read', async () => {
    const before = await lastLogId();
    expect((await call('managerOn', 'GET', `/api/audit/reports/${samsResponseId}`)).status).toBe(403);
    expect((await call('otherStaff', 'GET', '/api/audit/team')).status).toBe(403);
    expect(await readsSince(before)).toEqual([]);
  });

  it('shows a manager with the setting off only completion, and logs nothing', async () => {
    await setManagersSeeLevels(false);
    const before = await lastLogId();
    const team = TeamAudit.parse(await (await call('managerOff', 'GET', '/api/audit/team')).json());
    expect(team.campaign?.id).toBe(campaignId);
    expect(team.levelsVisible).toBe(false);
    const sam = team.members.find((member) => member.person.id === people.own);
    expect(sam).toMatchObject({ direct: true, status: 'submitted', levels: null, basicSkillsMet: null });
    expect(team.members.find((member) => member.person.id === samsColleagueId)?.status).toBe('draft');
    expect(team.completion.members).toBe(team.members.length);
    expect(team.completion.submitted + team.completion.inProgress + team.completion.notStarted).toBe(team.members.length);
    expect(await readsSince(before)).toEqual([]);
  });

  it('shows a manager with the setting on the levels of those who submitted, logging each one', async () => {
    await setManagersSeeLevels(true);
    const before = await lastLogId();
    const team = TeamAudit.parse(await (await call('managerOn', 'GET', '/api/audit/team')).json());
    expect(team.levelsVisible).toBe(true);
    const sam = team.members.find((member) => member.person.id === people.own);
    expect(sam?.levels?.map((level) => level.level)).toEqual(['confident', 'confident', 'confident']);
    expect(sam?.basicSkillsMet).toBe(true);
    expect(team.members.find((member) => member.person.id === samsColleagueId)?.levels).toBeNull();
    const shown = team.members.filter((member) => member.levels !== null).map((member) => member.person.id);
    expect(await readsSince(before)).toEqual(shown.map((subject) => [people.managerOn, 'audit-levels', subject]));
    expect(shown).toContain(people.own);
    await setManagersSeeLevels(false);
  });

  it('shows the digital team Sam as a champion candidate, logging the read', async () => {
    const before = await lastLogId();
    const list = ChampionCandidateList.parse(await (await call('digital', 'GET', '/api/audit/champion-candidates')).json());
    const sam = list.items.find((item) => item.person.id === people.own);
    expect(sam?.confidentCategories).toEqual(['Category 1', 'Category 2', 'Category 3']);
    expect(await readsSince(before)).toContainEqual([people.digital, 'audit-levels', people.own]);
  });

  it('never lets a request write someone else’s answers', async () => {
    const sams = await server.db
      .selectFrom('audit_answers as a')
      .innerJoin('audit_responses as r', 'r.id', 'a.response_id')
      .select(['a.answer'])
      .where('r.person_id', '=', people.own)
      .execute();
    expect(sams.map((row) => row.answer)).toEqual(Array(6).fill('done-recently'));
  });

  it('lists only the caller’s own reports', async () => {
    const mine = ReportList.parse(await (await call('otherStaff', 'GET', '/api/audit/me/reports')).json());
    expect(mine.items.every((item) => item.responseId !== samsResponseId)).toBe(true);
  });

  it('returns 422 naming each bad field of the settings, and changes nothing', async () => {
    const response = await call('hr', 'PUT', '/api/audit/settings', { managersSeeLevels: 'yes', basicSkillsRule: 'most', championCandidateMinConfident: 0 });
    expect(response.status).toBe(422);
    const problem = Problem.parse(await response.json());
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['body.basicSkillsRule', 'body.championCandidateMinConfident', 'body.managersSeeLevels']);
    expect(AuditSettings.parse(await (await call('hr', 'GET', '/api/audit/settings')).json())).toEqual(DEFAULT_AUDIT_SETTINGS);
  });
});
