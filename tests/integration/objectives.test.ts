import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MyObjectives, Objective } from '../../api/src/contracts/objectives.js';
import { buildAppraisalYear, buildObjective, buildProject } from '../factories/objectives.js';
import { buildCampaign } from '../factories/audit.js';
import { buildAuditResult } from '../factories/champions.js';
import { buildPerson } from '../factories/people.js';
import { objectivesCast, type Cast } from '../support/objectives-cast.js';
import { fieldsOf, problemOf } from '../support/http-client.js';
import { answerStatements, objectiveInput, objectivesApi, objectiveTables } from '../support/objectives-api.js';
import { settableClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Digital objectives over HTTP: writing them (by hand and from an audit gap), the whole
 * workflow from draft to outcome, what a bad input or a race gets, and the closed-year rule.
 * The appraisal year is 2026/27 (April to March), open; "now" is 1 May 2026.
 */

const clock = settableClock('2026-05-01T09:00:00Z');
let server: TestServer;
let cast: Cast;
let api: ReturnType<typeof objectivesApi>;
let yearId: string;

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  cast = await objectivesCast(server);
  api = objectivesApi(server);
  yearId = await buildAppraisalYear(server.db);
});

afterAll(async () => {
  await server?.close();
});

/** A new person reporting to Gareth (Sam's manager), signed in: for tests that need someone with a clean slate. */
async function newReport(): Promise<{ id: string; headers: { cookie: string } }> {
  const id = await buildPerson(server.db, { lineManagerId: cast.directManager.id, serviceId: cast.directManager.serviceId });
  return { id, headers: { cookie: await signInAs(server.baseUrl, id) } };
}

/** Runs `work` with the year in `status`, then puts it back as it was. */
async function withYearStatus(status: 'planned' | 'closed', work: () => Promise<void>): Promise<void> {
  await server.db.updateTable('appraisal_years').set({ status }).where('id', '=', yearId).execute();
  try {
    await work();
  } finally {
    await server.db.updateTable('appraisal_years').set({ status: 'open' }).where('id', '=', yearId).execute();
  }
}

describe('POST /api/objectives', () => {
  it('writes a draft skill objective in the open year, for the person writing it', async () => {
    const objective = await api.created(cast.staff.headers, { categoryKeys: ['managing-information', 'communicating'] });

    expect(objective).toMatchObject({
      person: { id: cast.staff.id, displayName: cast.staff.displayName },
      year: { id: yearId, label: '2026/27', status: 'open' },
      kind: 'skill',
      status: 'draft',
      targetDate: '2026-12-31',
      skills: [
        { key: 'managing-information', title: expect.any(String) },
        { key: 'communicating', title: expect.any(String) },
      ],
      fromStatement: null,
      checkInDueOn: null,
      actions: ['edit', 'propose', 'withdraw'],
      nextStep: 'Finish it and propose it to your manager.',
    });
    expect(objective.skills[0]!.title).not.toBe('managing-information');
    const events = await server.db.selectFrom('objective_events').selectAll().where('objective_id', '=', objective.id).execute();
    expect(events).toEqual([expect.objectContaining({ from_status: null, to_status: 'draft', actor_person_id: cast.staff.id })]);
  });

  it('writes a support objective for a colleague, or for being a Digital Champion', async () => {
    const colleague = await api.created(cast.staff.headers, { kind: 'support', categoryKeys: [], supportedPersonId: cast.directManager.id });
    expect(colleague.supportedPerson).toEqual({ id: cast.directManager.id, displayName: cast.directManager.displayName });

    const champion = await api.created(cast.staff.headers, { kind: 'support', categoryKeys: [], supportsAsChampion: true });
    expect(champion).toMatchObject({ kind: 'support', supportedPerson: null, supportsAsChampion: true, skills: [] });
  });

  it('writes a project objective linked to a register project', async () => {
    const projectId = await buildProject(server.db, { name: 'Online council tax forms' });
    const objective = await api.created(cast.staff.headers, { kind: 'project', categoryKeys: [], projectId });
    expect(objective.project).toEqual({ id: projectId, name: 'Online council tax forms' });
  });

  it('puts it in the year named by yearId', async () => {
    const nextYear = await buildAppraisalYear(server.db, { label: '2027/28', startsOn: '2027-04-01', endsOn: '2028-03-31', agreeBy: '2027-06-30', status: 'planned' });
    const response = await api.create(cast.staff.headers, { ...objectiveInput({ targetDate: '2027-09-30' }), yearId: nextYear });
    const objective = Objective.parse(await response.json());
    expect(objective.year).toEqual({ id: nextYear, label: '2027/28', status: 'planned' });
    await server.db.deleteFrom('objective_events').where('objective_id', '=', objective.id).execute();
    await server.db.deleteFrom('objectives').where('id', '=', objective.id).execute();
    await server.db.deleteFrom('appraisal_years').where('id', '=', nextYear).execute();
  });

  it('returns 409 when no appraisal year is open, and writes nothing', async () => {
    await withYearStatus('planned', async () => {
      const before = await objectiveTables(server.db);
      const response = await api.create(cast.staff.headers, objectiveInput());
      expect(response.status).toBe(409);
      expect((await problemOf(response)).detail).toMatch(/No appraisal year is open/);
      expect(await objectiveTables(server.db)).toEqual(before);
    });
  });

  it('returns 409 for a closed year named by yearId', async () => {
    await withYearStatus('closed', async () => {
      const response = await api.create(cast.staff.headers, { ...objectiveInput(), yearId });
      expect(response.status).toBe(409);
      expect((await problemOf(response)).detail).toMatch(/2026\/27 is closed/);
    });
  });

  const invalid: Array<[string, () => Promise<Record<string, unknown>>, string[]]> = [
    ['the title is missing', async () => ({ ...objectiveInput(), title: undefined }), ['body.title']],
    ['the target date is outside the year', async () => objectiveInput({ targetDate: '2027-04-01' }), ['body.targetDate']],
    ['a skill objective names no skill', async () => objectiveInput({ categoryKeys: [] }), ['body.categoryKeys']],
    ['a skill is not in the current framework', async () => objectiveInput({ categoryKeys: ['communicating', 'juggling'] }), ['body.categoryKeys[1]']],
    ['a skill objective names a project', async () => objectiveInput({ projectId: await buildProject(server.db) }), ['body.projectId']],
    [
      'a support objective names a colleague and the champion role',
      async () => objectiveInput({ kind: 'support', categoryKeys: [], supportedPersonId: cast.directManager.id, supportsAsChampion: true }),
      ['body.supportedPersonId'],
    ],
    ['a support objective names nobody', async () => objectiveInput({ kind: 'support', categoryKeys: [] }), ['body.supportedPersonId']],
    ['a support objective names the person themselves', async () => objectiveInput({ kind: 'support', categoryKeys: [], supportedPersonId: cast.staff.id }), ['body.supportedPersonId']],
    [
      'a support objective names a leaver',
      async () => objectiveInput({ kind: 'support', categoryKeys: [], supportedPersonId: await buildPerson(server.db, { status: 'leaver' }) }),
      ['body.supportedPersonId'],
    ],
    ['a support objective keeps skills', async () => objectiveInput({ kind: 'support', supportsAsChampion: true }), ['body.categoryKeys']],
    ['a project objective names no project', async () => objectiveInput({ kind: 'project', categoryKeys: [] }), ['body.projectId']],
    [
      'a project objective names a project not in the register',
      async () => objectiveInput({ kind: 'project', categoryKeys: [], projectId: '00000000-0000-4000-8000-000000000000' }),
      ['body.projectId'],
    ],
    ['the year is not a year id', async () => ({ ...objectiveInput(), yearId: 'this-year' }), ['body.yearId']],
    ['the year does not exist', async () => ({ ...objectiveInput(), yearId: '00000000-0000-4000-8000-000000000000' }), ['body.yearId']],
    [
      'several fields are wrong at once',
      async () => ({ ...objectiveInput({ targetDate: '2025-01-01', categoryKeys: ['juggling'] }), title: 'x' }),
      ['body.title', 'body.targetDate', 'body.categoryKeys[0]'],
    ],
  ];

  it.each(invalid)('returns 422 naming the field when %s, and writes nothing', async (_, body, fields) => {
    const payload = await body();
    const before = await objectiveTables(server.db);
    const response = await api.create(cast.staff.headers, payload);
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(fields);
    expect(await objectiveTables(server.db)).toEqual(before);
  });
});

describe('POST /api/objectives/from-report', () => {
  it('turns a gap in the latest audit into a draft skill objective with suggested wording', async () => {
    const person = await newReport();
    const responseId = await buildAuditResult(server.db, person.id, { 'managing-information': { level: 'developing', gaps: 1 } });
    await answerStatements(server.db, responseId, { 'use-search-engine': 'could-not', 'download-save-photo': 'done-recently' });

    const response = await api.call(person.headers, 'POST', '/api/objectives/from-report', { statementKey: 'use-search-engine', reason: 'gap' });
    expect(response.status).toBe(200);
    const objective = Objective.parse(await response.json());

    expect(objective).toMatchObject({
      person: { id: person.id },
      year: { id: yearId },
      kind: 'skill',
      status: 'draft',
      title: 'Learn to use a search engine to look for information online',
      skills: [{ key: 'managing-information', title: expect.any(String) }],
      fromStatement: { key: 'use-search-engine', text: 'Use a search engine to look for information online', reason: 'gap' },
      // Six months from 1 May 2026 comes before the year ends.
      targetDate: '2026-11-01',
    });
    expect(objective.successMeasure).toBe('I can use a search engine to look for information online without help, and have done it at work by 1 November 2026.');
  });

  it('takes decay too, and targets the year end when that is sooner than six months', async () => {
    clock.set('2026-12-01T09:00:00Z');
    try {
      const person = await newReport();
      const responseId = await buildAuditResult(server.db, person.id, {});
      await answerStatements(server.db, responseId, { 'connect-to-wifi': 'could' });
      const objective = Objective.parse(
        await (await api.call(person.headers, 'POST', '/api/objectives/from-report', { statementKey: 'connect-to-wifi', reason: 'decay' })).json(),
      );
      expect(objective).toMatchObject({ targetDate: '2027-03-31', fromStatement: { reason: 'decay' }, skills: [{ key: 'foundation' }] });
      expect(objective.title).toMatch(/connect a device to Wi-Fi$/);
    } finally {
      clock.set('2026-05-01T09:00:00Z');
    }
  });

  it('returns 422 naming body.statementKey when the person has no audit, and writes nothing', async () => {
    const person = await newReport();
    const before = await objectiveTables(server.db);
    const response = await api.call(person.headers, 'POST', '/api/objectives/from-report', { statementKey: 'use-search-engine', reason: 'gap' });
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.statementKey']);
    expect(await objectiveTables(server.db)).toEqual(before);
  });

  it.each([
    ['a strength', 'download-save-photo', 'gap'],
    ['decay asked for as a gap', 'find-visited-website', 'gap'],
    ['a gap asked for as decay', 'use-search-engine', 'decay'],
    ['not in the framework', 'juggle-three-balls', 'gap'],
    ['not answered', 'connect-to-wifi', 'gap'],
  ] as const)('returns 422 when the statement is %s', async (_, statementKey, reason) => {
    const person = await newReport();
    const responseId = await buildAuditResult(server.db, person.id, {});
    await answerStatements(server.db, responseId, { 'use-search-engine': 'no-idea', 'download-save-photo': 'done-recently', 'find-visited-website': 'could' });
    const response = await api.call(person.headers, 'POST', '/api/objectives/from-report', { statementKey, reason });
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.statementKey']);
  });

  it('reads only the latest audit: a gap since closed does not count', async () => {
    const person = await newReport();
    const older = await buildAuditResult(server.db, person.id, {}, new Date('2025-11-10T10:00:00Z'));
    await answerStatements(server.db, older, { 'use-search-engine': 'could-not' });
    // One result per person and campaign: last year's belongs to a campaign of its own.
    const framework = await server.db.selectFrom('framework_versions').select('id').orderBy('version').executeTakeFirstOrThrow();
    const lastYear = await buildCampaign(server.db, { frameworkVersionId: framework.id, status: 'closed', opensOn: '2025-11-01', closesOn: '2025-12-31' });
    await server.db.updateTable('audit_responses').set({ campaign_id: lastYear }).where('id', '=', older).execute();
    const latest = await buildAuditResult(server.db, person.id, {}, new Date('2026-03-10T10:00:00Z'));
    await answerStatements(server.db, latest, { 'use-search-engine': 'done-recently' });

    const response = await api.call(person.headers, 'POST', '/api/objectives/from-report', { statementKey: 'use-search-engine', reason: 'gap' });
    expect(response.status).toBe(422);
  });

  it('returns 409 when no year is open', async () => {
    const person = await newReport();
    const responseId = await buildAuditResult(server.db, person.id, {});
    await answerStatements(server.db, responseId, { 'use-search-engine': 'could-not' });
    await withYearStatus('planned', async () => {
      const response = await api.call(person.headers, 'POST', '/api/objectives/from-report', { statementKey: 'use-search-engine', reason: 'gap' });
      expect(response.status).toBe(409);
    });
  });

  it('returns 400 naming the field for a reason other than gap or decay', async () => {
    const response = await api.call(cast.staff.headers, 'POST', '/api/objectives/from-report', { statementKey: 'use-search-engine', reason: 'strength' });
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['body.reason']);
  });
});

describe('the workflow, from draft to outcome', () => {
  it('goes draft → proposed → returned → (edited) → proposed → agreed → in progress → completed, keeping every step', async () => {
    const { staff, directManager: manager } = cast;
    const draft = await api.created(staff.headers);

    const proposed = await api.moved(staff.headers, draft.id, 'propose');
    expect(proposed).toMatchObject({ status: 'proposed', actions: ['withdraw'], nextStep: 'Waiting for your manager to agree it.' });
    expect(proposed.proposedAt?.slice(0, 10)).toBe('2026-05-01');

    const managersView = await api.detail(manager.headers, draft.id);
    expect(managersView).toMatchObject({ actions: ['agree', 'return'], nextStep: 'Agree it, or return it with a comment.' });

    const returned = await api.moved(manager.headers, draft.id, 'return', { comment: 'Say which shared files, please.' });
    expect(returned).toMatchObject({ status: 'returned', returnComment: 'Say which shared files, please.', actions: [] });

    const edit = await api.call(staff.headers, 'PATCH', `/api/objectives/${draft.id}`, { title: 'Get confident with the team’s shared files in SharePoint' });
    expect(edit.status).toBe(200);
    expect(Objective.parse(await edit.json())).toMatchObject({ status: 'returned', title: 'Get confident with the team’s shared files in SharePoint', kind: 'skill' });

    await api.moved(staff.headers, draft.id, 'propose');
    const agreed = await api.moved(manager.headers, draft.id, 'agree', { comment: 'Good.' });
    expect(agreed).toMatchObject({
      status: 'agreed',
      agreedBy: { id: manager.id },
      returnComment: null,
      // 90 days (the default) after agreement on 1 May.
      checkInDueOn: '2026-07-30',
      actions: ['check-in', 'record-outcome'],
    });

    const checkedIn = await api.moved(staff.headers, draft.id, 'check-ins', { note: 'Moved our folders across.', progress: 40 });
    expect(checkedIn).toMatchObject({ status: 'in-progress', progress: 40, actions: ['check-in'] });
    expect(checkedIn.lastCheckInAt).not.toBeNull();
    const managerCheckIn = await api.moved(manager.headers, draft.id, 'check-ins', { note: 'Going well.', progress: 60 });
    expect(managerCheckIn).toMatchObject({ status: 'in-progress', progress: 60 });

    const completed = await api.moved(manager.headers, draft.id, 'outcome', { outcome: 'achieved', comment: 'All the team’s files are in SharePoint now.' });
    expect(completed).toMatchObject({ status: 'completed', outcome: 'achieved', outcomeComment: 'All the team’s files are in SharePoint now.', actions: [], checkInDueOn: null });

    const detail = await api.detail(staff.headers, draft.id);
    expect(detail.history.map((event) => [event.fromStatus, event.toStatus, event.by?.id, event.comment])).toEqual([
      [null, 'draft', staff.id, null],
      ['draft', 'proposed', staff.id, null],
      ['proposed', 'returned', manager.id, 'Say which shared files, please.'],
      ['returned', 'proposed', staff.id, null],
      ['proposed', 'agreed', manager.id, 'Good.'],
      ['agreed', 'in-progress', staff.id, null],
      ['in-progress', 'in-progress', manager.id, null],
      ['in-progress', 'completed', manager.id, 'All the team’s files are in SharePoint now.'],
    ]);
    expect(detail.checkIns.map((checkIn) => [checkIn.note, checkIn.progress, checkIn.by?.id])).toEqual([
      ['Moved our folders across.', 40, staff.id],
      ['Going well.', 60, manager.id],
    ]);
  });

  it('lets the person withdraw an objective that is not yet agreed', async () => {
    const draft = await api.created(cast.staff.headers);
    await api.moved(cast.staff.headers, draft.id, 'propose');
    const withdrawn = await api.moved(cast.staff.headers, draft.id, 'withdraw', { comment: 'Doing a project one instead.' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', actions: [], nextStep: 'Withdrawn: nothing more to do.' });
  });

  it('refuses a move the workflow does not allow with 409 and the reason, writing nothing', async () => {
    const draft = await api.created(cast.staff.headers);
    const before = await objectiveTables(server.db);
    const response = await api.move(cast.directManager.headers, draft.id, 'agree');
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toBe('Only an objective waiting for agreement can be agreed: this one is “Draft”.');
    expect(await objectiveTables(server.db)).toEqual(before);
  });

  it('refuses an edit once proposed (409), and to the manager (403)', async () => {
    const draft = await api.created(cast.staff.headers);
    expect((await api.call(cast.directManager.headers, 'PATCH', `/api/objectives/${draft.id}`, { title: 'A better title' })).status).toBe(403);
    await api.moved(cast.staff.headers, draft.id, 'propose');
    const response = await api.call(cast.staff.headers, 'PATCH', `/api/objectives/${draft.id}`, { title: 'A better title' });
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toMatch(/Only a draft or a returned objective can be changed/);
  });

  it('checks an edit as a whole: changing the kind needs the new kind’s link, and names the field', async () => {
    const draft = await api.created(cast.staff.headers);
    const response = await api.call(cast.staff.headers, 'PATCH', `/api/objectives/${draft.id}`, { kind: 'project' });
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.categoryKeys', 'body.projectId']);

    const projectId = await buildProject(server.db);
    const changed = await api.call(cast.staff.headers, 'PATCH', `/api/objectives/${draft.id}`, { kind: 'project', categoryKeys: [], projectId });
    expect(changed.status).toBe(200);
    expect(Objective.parse(await changed.json())).toMatchObject({ kind: 'project', skills: [], project: { id: projectId } });
  });

  it('returns 400 naming body.comment when a return has no comment', async () => {
    const draft = await api.created(cast.staff.headers);
    await api.moved(cast.staff.headers, draft.id, 'propose');
    const response = await api.move(cast.directManager.headers, draft.id, 'return', {});
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['body.comment']);
  });
});

describe('two managers agreeing at once', () => {
  it('lets exactly one agree; the others get 409 and exactly one event is written', async () => {
    const draft = await api.created(cast.staff.headers);
    await api.moved(cast.staff.headers, draft.id, 'propose');
    const agreers = [cast.directManager, cast.indirectManager, cast.hr, cast.directManager, cast.hr, cast.indirectManager];

    const responses = await Promise.all(agreers.map((member) => api.move(member.headers, draft.id, 'agree')));

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    const refusals = await Promise.all(responses.filter((response) => response.status === 409).map(problemOf));
    for (const refusal of refusals) expect(refusal.detail).toBe('Only an objective waiting for agreement can be agreed: this one is “Agreed”.');
    const agreedEvents = await server.db.selectFrom('objective_events').select('id').where('objective_id', '=', draft.id).where('to_status', '=', 'agreed').execute();
    expect(agreedEvents).toHaveLength(1);
  });
});

describe('a closed year', () => {
  it('is read-only except for recording outcomes', async () => {
    const agreed = await buildObjective(server.db, cast.staff.id, yearId, { status: 'agreed' });
    const draft = await buildObjective(server.db, cast.staff.id, yearId, { status: 'draft' });
    await withYearStatus('closed', async () => {
      const before = await objectiveTables(server.db);
      const refusals = [
        await api.move(cast.staff.headers, agreed, 'check-ins', { note: 'Late note.', progress: 80 }),
        await api.move(cast.staff.headers, draft, 'propose'),
        await api.move(cast.staff.headers, draft, 'withdraw'),
        await api.call(cast.staff.headers, 'PATCH', `/api/objectives/${draft}`, { title: 'A late change' }),
      ];
      for (const response of refusals) {
        expect(response.status).toBe(409);
        expect((await problemOf(response)).detail).toBe('The appraisal year 2026/27 is closed: its objectives can no longer be changed, only have an outcome recorded.');
      }
      expect(await objectiveTables(server.db)).toEqual(before);

      const shown = await api.detail(cast.directManager.headers, agreed);
      expect(shown.actions).toEqual(['record-outcome']);
      const completed = await api.moved(cast.directManager.headers, agreed, 'outcome', { outcome: 'partly', comment: 'Half the team uses it.' });
      expect(completed).toMatchObject({ status: 'completed', outcome: 'partly' });
    });
  });
});

describe('GET /api/objectives', () => {
  it('lists mine in the open year, with every year to choose from', async () => {
    const person = await newReport();
    const older = await buildAppraisalYear(server.db, { label: '2025/26', startsOn: '2025-04-01', endsOn: '2026-03-31', agreeBy: '2025-06-30', status: 'closed' });
    await buildObjective(server.db, person.id, older, { status: 'completed', targetDate: '2025-12-31' });
    const mine = await api.created(person.headers);
    await buildObjective(server.db, cast.staff.id, yearId);

    const response = await api.call(person.headers, 'GET', '/api/objectives');
    const list = MyObjectives.parse(await response.json());
    expect(list.year).toMatchObject({ id: yearId, label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30' });
    expect(list.years.map((year) => year.label)).toEqual(['2026/27', '2025/26']);
    expect(list.items.map((item) => item.id)).toEqual([mine.id]);

    const last = MyObjectives.parse(await (await api.call(person.headers, 'GET', `/api/objectives?yearId=${older}`)).json());
    expect(last.items).toEqual([expect.objectContaining({ status: 'completed', year: { id: older, label: '2025/26', status: 'closed' } })]);
  });

  it('returns 404 for a year that does not exist', async () => {
    const response = await api.call(cast.staff.headers, 'GET', '/api/objectives?yearId=00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
  });
});

describe('GET /api/objectives/:objectiveId', () => {
  it('shows a skill whose key the current framework no longer has by its key', async () => {
    const id = await buildObjective(server.db, cast.staff.id, yearId, { categoryKeys: ['retired-skill'] });
    const detail = await api.detail(cast.staff.headers, id);
    expect(detail.skills).toEqual([{ key: 'retired-skill', title: 'retired-skill' }]);
  });

  it('works out the next check-in from the last one', async () => {
    const id = await buildObjective(server.db, cast.staff.id, yearId, {
      status: 'in-progress',
      agreedAt: new Date('2026-05-08T09:00:00Z'),
      lastCheckInAt: new Date('2026-06-15T16:00:00Z'),
    });
    const detail = await api.detail(cast.staff.headers, id);
    expect(detail.checkInDueOn).toBe('2026-09-13');
  });
});

describe('the OpenAPI document', () => {
  it('describes every objectives and appraisal-year endpoint, and every schema they refer to exists', async () => {
    const document = (await (await api.call(cast.staff.headers, 'GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).filter(() => path.startsWith('/api/objectives') || path.startsWith('/api/appraisal-years')).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /api/appraisal-years',
        'POST /api/appraisal-years',
        'PATCH /api/appraisal-years/{yearId}',
        'GET /api/objectives/settings',
        'PUT /api/objectives/settings',
        'GET /api/objectives',
        'POST /api/objectives',
        'POST /api/objectives/from-report',
        'GET /api/objectives/{objectiveId}',
        'PATCH /api/objectives/{objectiveId}',
        'POST /api/objectives/{objectiveId}/propose',
        'POST /api/objectives/{objectiveId}/withdraw',
        'POST /api/objectives/{objectiveId}/agree',
        'POST /api/objectives/{objectiveId}/return',
        'POST /api/objectives/{objectiveId}/check-ins',
        'POST /api/objectives/{objectiveId}/outcome',
      ]),
    );
    const references = [...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    for (const id of ['CreateObjectiveBody', 'ObjectiveInput', 'ObjectiveDetail', 'MyObjectives', 'AppraisalYear']) expect(references).toContain(id);
    for (const id of new Set(references)) expect(Object.keys(document.components.schemas)).toContain(id);
  });
});
