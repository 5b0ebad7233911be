import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import { Problem } from '../../api/src/contracts/common.js';
import { Me, Waiting } from '../../api/src/contracts/me.js';
import { AuditReport, MyAudit, ReportList, type AnswerValue } from '../../api/src/contracts/skills-audit.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { buildCampaign, buildFramework, frameworkDocument } from '../factories/audit.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { CROWD_ALLOWANCES, signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/** The council's clock, moved by the tests: campaigns run 1 November to 31 December 2026 unless told otherwise. */
const clock = { at: new Date('2026-11-20T10:00:00Z'), now: () => new Date(clock.at) };

let server: TestServer;
let versionId: string;

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock, rateLimits: CROWD_ALLOWANCES } });
  versionId = await buildFramework(server.db, frameworkDocument({ categories: 3, statementsEach: 2, basicCategories: 2 }));
});
afterAll(() => server.close());

interface Taker {
  personId: string;
  cookie: string;
  campaignId: string;
}

/** A new person in a new open campaign of the test framework, signed in. */
async function newTaker(options: { status?: 'launched' | 'closed'; frameworkVersionId?: string; closesOn?: string } = {}): Promise<Taker> {
  const personId = await buildPerson(server.db);
  const campaignId = await buildCampaign(server.db, {
    frameworkVersionId: options.frameworkVersionId ?? versionId,
    status: options.status ?? 'launched',
    closesOn: options.closesOn,
    memberIds: [personId],
  });
  return { personId, cookie: await signInAs(server.baseUrl, personId), campaignId };
}

function call(taker: Taker, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { cookie: taker.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function myAudit(taker: Taker): Promise<MyAudit> {
  const response = await call(taker, 'GET', '/api/audit/me');
  expect(response.status).toBe(200);
  return MyAudit.parse(await response.json());
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  return Problem.parse(await response.json());
}

/** Answers for every statement of some categories (all of them when none are named). */
function answersFor(audit: MyAudit, answer: AnswerValue, categoryKeys?: string[]) {
  return audit.categories
    .filter((category) => !categoryKeys || categoryKeys.includes(category.key))
    .flatMap((category) => category.statements.map((statement) => ({ statementId: statement.id, answer })));
}

async function rowsFor(personId: string): Promise<{ responses: number; answers: number; submitted: number }> {
  const { rows } = await sql<{ responses: number; answers: number; submitted: number }>`
    select count(distinct r.id)::int as responses, count(a.statement_id)::int as answers,
           count(distinct r.id) filter (where r.status = 'submitted')::int as submitted
    from audit_responses r left join audit_answers a on a.response_id = r.id
    where r.person_id = ${personId}`.execute(server.db);
  return rows[0]!;
}

describe('GET /api/audit/me', () => {
  it('answers with no campaign when none is open for the person', async () => {
    const personId = await buildPerson(server.db);
    const audit = await myAudit({ personId, cookie: await signInAs(server.baseUrl, personId), campaignId: '' });
    expect(audit).toMatchObject({ campaign: null, status: 'not-started', categories: [], total: 0 });
  });

  it('gives the questions of the campaign’s framework version, not started, resuming at the first category', async () => {
    const taker = await newTaker();
    const audit = await myAudit(taker);
    expect(audit.campaign?.id).toBe(taker.campaignId);
    expect(audit).toMatchObject({ status: 'not-started', responseId: null, answered: 0, total: 6, resumeCategoryKey: 'cat-1', lastChannel: null });
    expect(audit.categories.map((category) => category.key)).toEqual(['cat-1', 'cat-2', 'cat-3']);
  });

  it('picks the open campaign that closes first when the person is in several', async () => {
    const taker = await newTaker({ closesOn: '2026-12-31' });
    const sooner = await buildCampaign(server.db, { frameworkVersionId: versionId, closesOn: '2026-12-05', memberIds: [taker.personId] });
    await buildCampaign(server.db, { frameworkVersionId: versionId, status: 'draft', closesOn: '2026-11-25' });
    expect((await myAudit(taker)).campaign?.id).toBe(sooner);
  });
});

describe('PUT /api/audit/me/answers', () => {
  it('saves page by page and resumes at the first category with an unanswered statement', async () => {
    const taker = await newTaker();
    const start = await myAudit(taker);

    const first = await call(taker, 'PUT', '/api/audit/me/answers', {
      campaignId: taker.campaignId,
      categoryKey: 'cat-1',
      answers: answersFor(start, 'could', ['cat-1']),
    });
    expect(first.status).toBe(200);
    const afterFirst = MyAudit.parse(await first.json());
    expect(afterFirst).toMatchObject({ status: 'draft', answered: 2, total: 6, resumeCategoryKey: 'cat-2', lastChannel: 'tab' });
    expect(afterFirst.responseId).not.toBeNull();

    // Changing an answer replaces it; the second page moves the resume point on.
    await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, categoryKey: 'cat-1', answers: answersFor(start, 'done-recently', ['cat-1']) });
    await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, categoryKey: 'cat-2', answers: answersFor(start, 'no-idea', ['cat-2']) });
    const resumed = await myAudit(taker);
    expect(resumed).toMatchObject({ status: 'draft', answered: 4, resumeCategoryKey: 'cat-3', responseId: afterFirst.responseId });
    expect(resumed.answers.filter((answer) => answer.answer === 'done-recently')).toHaveLength(2);
    expect(await rowsFor(taker.personId)).toEqual({ responses: 1, answers: 4, submitted: 0 });
    const row = await server.db.selectFrom('audit_responses').select(['last_category_key', 'last_channel', 'framework_version_id']).where('person_id', '=', taker.personId).executeTakeFirstOrThrow();
    expect(row).toEqual({ last_category_key: 'cat-2', last_channel: 'tab', framework_version_id: versionId });
  });

  it('returns 422 naming the field and the statement for an answer that is not on the scale, and saves nothing', async () => {
    const taker = await newTaker();
    const audit = await myAudit(taker);
    const [first, second] = audit.categories[0]!.statements;
    const problem = await expectProblem(
      await call(taker, 'PUT', '/api/audit/me/answers', {
        campaignId: taker.campaignId,
        answers: [
          { statementId: first!.id, answer: 'could' },
          { statementId: second!.id, answer: 'sometimes' },
        ],
      }),
      422,
    );
    expect(problem.errors).toEqual([{ field: 'body.answers[1].answer', message: expect.stringContaining(`“${second!.text}”`) }]);
    expect(problem.detail).toContain(second!.text);
    expect(await rowsFor(taker.personId)).toEqual({ responses: 0, answers: 0, submitted: 0 });
  });

  it('returns 422 for a statement of another framework version', async () => {
    const otherVersion = await createFrameworkRepository(server.db).findById(await buildFramework(server.db, frameworkDocument({ name: 'Another' })));
    const taker = await newTaker();
    const problem = await expectProblem(
      await call(taker, 'PUT', '/api/audit/me/answers', {
        campaignId: taker.campaignId,
        answers: [{ statementId: otherVersion!.categories[0]!.statements[0]!.id, answer: 'could' }],
      }),
      422,
    );
    expect(problem.errors?.map((error) => error.field)).toEqual(['body.answers[0].statementId']);
    expect(await rowsFor(taker.personId)).toEqual({ responses: 0, answers: 0, submitted: 0 });
  });

  it('returns 409 with the closing date when HR has closed the campaign, and writes nothing', async () => {
    const taker = await newTaker({ status: 'closed', closesOn: '2026-11-30' });
    const audit = MyAudit.parse(await (await call(taker, 'GET', '/api/audit/me')).json());
    expect(audit.campaign).toBeNull();
    const statements = (await createFrameworkRepository(server.db).findById(versionId))!.categories[0]!.statements;
    const problem = await expectProblem(
      await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: [{ statementId: statements[0]!.id, answer: 'could' }] }),
      409,
    );
    expect(problem.detail).toMatch(/^The Test campaign \d+ campaign closed on \d+ November 2026; .*nothing was saved/);
    expect(await rowsFor(taker.personId)).toEqual({ responses: 0, answers: 0, submitted: 0 });
  });

  it('returns 409 “closed on 30 November 2026” once the close date has passed, and writes nothing', async () => {
    const taker = await newTaker({ closesOn: '2026-11-30' });
    const audit = await myAudit(taker);
    clock.at = new Date('2026-12-01T00:30:00Z');
    // Sessions expire by the same clock: sign in again on the new day.
    taker.cookie = await signInAs(server.baseUrl, taker.personId);
    try {
      for (const [path, method] of [['/api/audit/me/answers', 'PUT'], ['/api/audit/me/submit', 'POST']] as const) {
        const problem = await expectProblem(await call(taker, method, path, { campaignId: taker.campaignId, answers: answersFor(audit, 'could') }), 409);
        expect(problem.detail).toContain('campaign closed on 30 November 2026;');
      }
    } finally {
      clock.at = new Date('2026-11-20T10:00:00Z');
    }
    expect(await rowsFor(taker.personId)).toEqual({ responses: 0, answers: 0, submitted: 0 });
  });

  it('returns 409 for a campaign the person is not in', async () => {
    const taker = await newTaker();
    const elsewhere = await buildCampaign(server.db, { frameworkVersionId: versionId, memberIds: [await buildPerson(server.db)] });
    await expectProblem(await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: elsewhere, answers: [] }), 409);
    expect(await rowsFor(taker.personId)).toEqual({ responses: 0, answers: 0, submitted: 0 });
  });

  it('returns 409 once the audit is submitted', async () => {
    const taker = await newTaker();
    const audit = await myAudit(taker);
    expect((await call(taker, 'POST', '/api/audit/me/submit', { campaignId: taker.campaignId, answers: answersFor(audit, 'could') })).status).toBe(200);
    const problem = await expectProblem(await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: answersFor(audit, 'no-idea', ['cat-1']) }), 409);
    expect(problem.detail).toMatch(/already submitted/);
    expect((await myAudit(taker)).answers.every((answer) => answer.answer === 'could')).toBe(true);
  });
});

describe('POST /api/audit/me/submit', () => {
  it('returns 422 listing every unanswered statement by key, and leaves the draft as it was', async () => {
    const taker = await newTaker();
    const audit = await myAudit(taker);
    await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: answersFor(audit, 'could', ['cat-1']) });
    const problem = await expectProblem(
      await call(taker, 'POST', '/api/audit/me/submit', { campaignId: taker.campaignId, answers: answersFor(audit, 'could', ['cat-2']) }),
      422,
    );
    expect(problem.errors).toEqual([
      { field: 'answers.cat-3-s-1', message: expect.stringContaining('Do task 1 of category 3') },
      { field: 'answers.cat-3-s-2', message: expect.stringContaining('Do task 2 of category 3') },
    ]);
    // The last page given with the failed submit is not kept either: the transaction is all or nothing.
    expect(await rowsFor(taker.personId)).toEqual({ responses: 1, answers: 2, submitted: 0 });
  });

  it('submits a draft finished on the last page and returns the report', async () => {
    const taker = await newTaker();
    const audit = await myAudit(taker);
    await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: answersFor(audit, 'done-recently', ['cat-1', 'cat-2']) });
    const response = await call(taker, 'POST', '/api/audit/me/submit', { campaignId: taker.campaignId, answers: answersFor(audit, 'no-idea', ['cat-3']) });
    expect(response.status).toBe(200);
    const report = AuditReport.parse(await response.json());
    expect(report.campaign.id).toBe(taker.campaignId);
    expect(report.categories.map((category) => [category.key, category.level])).toEqual([
      ['cat-1', 'confident'],
      ['cat-2', 'confident'],
      ['cat-3', 'not-yet'],
    ]);
    expect(report.gaps.map((statement) => statement.key)).toEqual(['cat-3-s-1', 'cat-3-s-2']);
    expect(report.basicSkills).toEqual({ met: true, rule: 'at-least-one', missingCategories: [] });
    expect(await rowsFor(taker.personId)).toEqual({ responses: 1, answers: 6, submitted: 1 });

    const after = await myAudit(taker);
    expect(after).toMatchObject({ status: 'submitted', resumeCategoryKey: null, responseId: report.responseId });
    const mine = ReportList.parse(await (await call(taker, 'GET', '/api/audit/me/reports')).json());
    expect(mine.items.map((item) => item.responseId)).toEqual([report.responseId]);
    const again = AuditReport.parse(await (await call(taker, 'GET', `/api/audit/reports/${report.responseId}`)).json());
    expect(again).toEqual(report);
  });

  it('stores one submission when the same person submits twice at once', async () => {
    for (let round = 0; round < 10; round += 1) {
      const taker = await newTaker();
      const audit = await myAudit(taker);
      // Half the rounds start from a saved draft, half from nothing: both paths must hold.
      if (round % 2 === 0) await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: answersFor(audit, 'could', ['cat-1']) });
      const body = { campaignId: taker.campaignId, answers: answersFor(audit, 'done-recently') };
      const responses = await Promise.all([call(taker, 'POST', '/api/audit/me/submit', body), call(taker, 'POST', '/api/audit/me/submit', body)]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const conflict = Problem.parse(await responses.find((response) => response.status === 409)!.json());
      expect(conflict.detail).toMatch(/already submitted/);
      expect(await rowsFor(taker.personId)).toEqual({ responses: 1, answers: 6, submitted: 1 });
    }
  });

  it('shows the change since the previous audit and a learning plan from the resource library', async () => {
    await server.db
      .insertInto('learning_resources')
      .values([
        { title: 'Task guide for cat-2-s-1', kind: 'guide', description: 'Step by step.', statement_keys: ['cat-2-s-1'], category_keys: [] },
        { title: 'Whole of category 2', kind: 'course', description: 'A course.', statement_keys: [], category_keys: ['cat-2'] },
        { title: 'Old guide', kind: 'guide', description: 'Archived.', statement_keys: ['cat-2-s-2'], category_keys: [], archived_at: new Date() },
      ])
      .execute();
    const taker = await newTaker();
    const first = await myAudit(taker);
    await call(taker, 'POST', '/api/audit/me/submit', { campaignId: taker.campaignId, answers: answersFor(first, 'could') });
    clock.at = new Date('2026-11-21T10:00:00Z');
    taker.cookie = await signInAs(server.baseUrl, taker.personId);
    const second = await buildCampaign(server.db, { frameworkVersionId: versionId, memberIds: [taker.personId], closesOn: '2026-11-30' });
    const audit = await myAudit(taker);
    expect(audit.campaign?.id).toBe(second);
    const answers = [...answersFor(audit, 'done-recently', ['cat-1']), ...answersFor(audit, 'could-not', ['cat-2']), ...answersFor(audit, 'could', ['cat-3'])];
    const report = AuditReport.parse(await (await call(taker, 'POST', '/api/audit/me/submit', { campaignId: second, answers })).json());
    clock.at = new Date('2026-11-20T10:00:00Z');

    expect(report.previous?.categories.map((category) => [category.key, category.previousLevel, category.level, category.change])).toEqual([
      ['cat-1', 'capable', 'confident', 'up'],
      ['cat-2', 'capable', 'not-yet', 'down'],
      ['cat-3', 'capable', 'capable', 'same'],
    ]);
    const plan = new Map(report.learningPlan.map((item) => [item.statementKey, item.resources.map((resource) => resource.title)]));
    expect(plan.get('cat-2-s-1')).toEqual(['Task guide for cat-2-s-1']);
    expect(plan.get('cat-2-s-2')).toEqual(['Whole of category 2']);
    expect(report.learningPlan.map((item) => item.reason)).toEqual(['gap', 'gap', 'decay', 'decay']);
    const mine = ReportList.parse(await (await call(taker, 'GET', '/api/audit/me/reports')).json());
    expect(mine.items.map((item) => item.campaign.id)).toEqual([second, taker.campaignId]);
  });
});

describe('framework versioning', () => {
  it('keeps an open campaign’s answers and report on the version it was launched with after a new version is saved', async () => {
    const document = frameworkDocument({ categories: 2, statementsEach: 2, name: 'Versioned' });
    const oldVersionId = await buildFramework(server.db, document);
    const taker = await newTaker({ frameworkVersionId: oldVersionId });
    const before = await myAudit(taker);
    await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: answersFor(before, 'could', ['cat-1']) });

    const reworded = structuredClone(document);
    reworded.categories[1]!.statements[0]!.text = 'A reworded task';
    reworded.categories[0]!.statements.push({ key: 'cat-1-s-new', text: 'A new task', helpText: 'New help.', example: 'New example.', context: 'work' });
    const newVersion = await createFrameworkRepository(server.db).saveVersion(reworded, null);
    expect(newVersion.id).not.toBe(oldVersionId);

    const during = await myAudit(taker);
    expect(during.frameworkVersion).toBe(before.frameworkVersion);
    expect(during.categories).toEqual(before.categories);
    const report = AuditReport.parse(
      await (await call(taker, 'POST', '/api/audit/me/submit', { campaignId: taker.campaignId, answers: answersFor(during, 'no-idea', ['cat-2']) })).json(),
    );
    expect(report.frameworkVersion).toBe(before.frameworkVersion);
    expect(report.gaps.map((statement) => statement.text)).toEqual(['Do task 1 of category 2', 'Do task 2 of category 2']);
    const versions = await server.db
      .selectFrom('audit_answers as a')
      .innerJoin('framework_statements as s', 's.id', 'a.statement_id')
      .innerJoin('audit_responses as r', 'r.id', 'a.response_id')
      .select('s.framework_version_id')
      .distinct()
      .where('r.person_id', '=', taker.personId)
      .execute();
    expect(versions).toEqual([{ framework_version_id: oldVersionId }]);
  });
});

describe('GET /api/me/waiting for the skills audit', () => {
  it('tells a person with an audit to do how far they have got, until they submit', async () => {
    const taker = await newTaker({ closesOn: '2026-11-30' });
    const waiting = async () => Waiting.parse(await (await call(taker, 'GET', '/api/me/waiting')).json()).items.filter((item) => item.id === 'skills-audit');
    expect(await waiting()).toEqual([expect.objectContaining({ title: 'Your skills audit is open until 30 November 2026', href: '/audit', count: 6 })]);
    const audit = await myAudit(taker);
    await call(taker, 'PUT', '/api/audit/me/answers', { campaignId: taker.campaignId, answers: answersFor(audit, 'could', ['cat-1']) });
    expect((await waiting())[0]?.detail).toMatch(/2 of 6 answered/);
    await call(taker, 'POST', '/api/audit/me/submit', { campaignId: taker.campaignId, answers: answersFor(audit, 'could') });
    expect(await waiting()).toEqual([]);
  });

  it.each([
    ['Sam Whitfield', ['/my-skills', '/audit']],
    ['Gareth Morgan', ['/my-skills', '/audit', '/team/audit']],
    ['Tom Nguyen', ['/my-skills', '/audit', '/audit/champion-candidates', '/learning-resources']],
    ['Alex Kowalski', ['/my-skills', '/audit', '/audit/settings']],
  ])('shows %s the audit pages of their roles', async (name, pages) => {
    const cookie = await signInAs(server.baseUrl, await demoPersonId(server.db, name));
    const me = Me.parse(await (await fetch(`${server.baseUrl}/api/me`, { headers: { cookie } })).json());
    const auditPages = me.navigation.map((item) => item.href).filter((href) => /^\/(audit|my-skills|team\/audit|learning-resources)/.test(href));
    expect(auditPages).toEqual(pages);
  });

  it('shows HR every audit page they run', async () => {
    const cookie = await signInAs(server.baseUrl, await demoPersonId(server.db, 'Fiona Campbell'));
    const me = Me.parse(await (await fetch(`${server.baseUrl}/api/me`, { headers: { cookie } })).json());
    expect(me.navigation.map((item) => item.href)).toEqual(
      expect.arrayContaining(['/audit/campaigns', '/audit/framework', '/audit/settings', '/audit/champion-candidates', '/learning-resources']),
    );
  });
});

describe('the skills audit API document', () => {
  it('describes every audit endpoint in a valid OpenAPI document', async () => {
    const document = (await (await fetch(`${server.baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/audit/me',
        '/api/audit/me/answers',
        '/api/audit/me/submit',
        '/api/audit/me/reports',
        '/api/audit/reports/{responseId}',
        '/api/audit/team',
        '/api/audit/champion-candidates',
        '/api/audit/settings',
      ]),
    );
  });
});
