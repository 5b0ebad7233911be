import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AppraisalYear, AppraisalYearList, DEFAULT_OBJECTIVE_SETTINGS, ObjectiveSettings } from '../../api/src/contracts/objectives.js';
import { appraisalYearDates } from '../../api/src/domain/objectives/appraisal-years/appraisal-year-dates.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, fieldsOf, problemOf, request } from '../support/http-client.js';
import { objectiveTables } from '../support/objectives-api.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * The appraisal calendar: HR adds years dated by the council's start month, opens one at a
 * time, closes it and may reopen it; the settings say when years start and how often the
 * bot nudges. Fiona Campbell is HR, Alex Kowalski an administrator, Sam Whitfield staff.
 */

let server: TestServer;
type Who = 'Fiona Campbell' | 'Alex Kowalski' | 'Sam Whitfield' | 'Gareth Morgan';

const call = async (who: Who, method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, await demoSession(server, who), body);

async function createdYear(startYear: number, extra: Record<string, unknown> = {}): Promise<AppraisalYear> {
  const response = await call('Fiona Campbell', 'POST', '/api/appraisal-years', { startYear, ...extra });
  if (response.status !== 200) throw new Error(`POST /api/appraisal-years answered ${response.status}: ${await response.text()}`);
  return AppraisalYear.parse(await response.json());
}

async function setStartMonth(yearStartMonth: number): Promise<void> {
  const response = await call('Fiona Campbell', 'PUT', '/api/objectives/settings', { ...DEFAULT_OBJECTIVE_SETTINGS, yearStartMonth });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

beforeEach(async () => {
  await server.db.deleteFrom('appraisal_years').execute();
  await server.db.deleteFrom('settings').where('key', '=', 'objectives').execute();
});

describe('appraisal year dates', () => {
  it.each([
    [2026, 4, { label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30' }],
    [2026, 1, { label: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31', agreeBy: '2026-03-31' }],
    [2026, 11, { label: '2026/27', startsOn: '2026-11-01', endsOn: '2027-10-31', agreeBy: '2027-01-31' }],
    [2099, 9, { label: '2099/00', startsOn: '2099-09-01', endsOn: '2100-08-31', agreeBy: '2099-11-30' }],
    [2027, 12, { label: '2027/28', startsOn: '2027-12-01', endsOn: '2028-11-30', agreeBy: '2028-02-29' }],
  ])('dates a year starting in %i with start month %i', (startYear, month, expected) => {
    expect(appraisalYearDates(startYear, month)).toEqual(expected);
  });
});

describe('POST /api/appraisal-years', () => {
  it('adds a planned April–March year for HR, agreed by the end of June', async () => {
    const year = await createdYear(2026);
    expect(year).toMatchObject({ label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30', status: 'planned' });
    const log = await server.db.selectFrom('audit_log').select(['action', 'resource']).where('resource', '=', 'appraisal-year').execute();
    expect(log).toEqual([{ action: 'update', resource: 'appraisal-year' }]);
  });

  it('follows the start month in the settings: January gives the calendar year', async () => {
    await setStartMonth(1);
    expect(await createdYear(2026)).toMatchObject({ label: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31', agreeBy: '2026-03-31' });
  });

  it('takes an agree-by date within the year', async () => {
    expect((await createdYear(2026, { agreeBy: '2026-05-31' })).agreeBy).toBe('2026-05-31');
  });

  it('returns 422 naming body.agreeBy when it is outside the year, and adds nothing', async () => {
    const response = await call('Fiona Campbell', 'POST', '/api/appraisal-years', { startYear: 2026, agreeBy: '2027-04-01' });
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.agreeBy']);
    expect(await server.db.selectFrom('appraisal_years').selectAll().execute()).toEqual([]);
  });

  it('returns 400 naming body.startYear when it is not a year', async () => {
    const response = await call('Fiona Campbell', 'POST', '/api/appraisal-years', { startYear: 'next' });
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['body.startYear']);
  });

  it('returns 409 for a second year starting on the same day', async () => {
    await createdYear(2026);
    const response = await call('Fiona Campbell', 'POST', '/api/appraisal-years', { startYear: 2026 });
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toBe('There is already an appraisal year starting on 1 April 2026: 2026/27.');
  });

  it('returns 409 for a year that would overlap another (after the start month changed)', async () => {
    await createdYear(2026);
    await setStartMonth(1);
    const response = await call('Fiona Campbell', 'POST', '/api/appraisal-years', { startYear: 2027 });
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toMatch(/would overlap 2026\/27/);
  });

  it('turns the database’s refusal of a duplicate start into 409 when two requests race', async () => {
    const responses = await Promise.all([1, 2, 3, 4].map(() => call('Fiona Campbell', 'POST', '/api/appraisal-years', { startYear: 2030 })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await server.db.selectFrom('appraisal_years').select('label').execute()).toEqual([{ label: '2030/31' }]);
  });

  it.each(['Sam Whitfield', 'Gareth Morgan', 'Alex Kowalski'] as const)('returns 403 to %s, and adds nothing', async (who) => {
    const response = await call(who, 'POST', '/api/appraisal-years', { startYear: 2026 });
    expect(response.status).toBe(403);
    expect(await server.db.selectFrom('appraisal_years').selectAll().execute()).toEqual([]);
  });
});

describe('PATCH /api/appraisal-years/:yearId', () => {
  it('opens a planned year, closes it and reopens it', async () => {
    const year = await createdYear(2026);
    const moves = [];
    for (const status of ['open', 'closed', 'open'] as const) {
      const response = await call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${year.id}`, { status });
      expect(response.status).toBe(200);
      moves.push(AppraisalYear.parse(await response.json()).status);
    }
    expect(moves).toEqual(['open', 'closed', 'open']);
  });

  it('changes the agree-by date', async () => {
    const year = await createdYear(2026);
    const response = await call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${year.id}`, { agreeBy: '2026-07-31' });
    expect(AppraisalYear.parse(await response.json()).agreeBy).toBe('2026-07-31');
  });

  it('returns 422 naming body.agreeBy outside the year', async () => {
    const year = await createdYear(2026);
    const response = await call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${year.id}`, { agreeBy: '2026-03-31' });
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.agreeBy']);
  });

  it('returns 409 naming the open year when another is opened', async () => {
    const first = await createdYear(2026);
    const second = await createdYear(2027);
    await call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${first.id}`, { status: 'open' });
    const before = await objectiveTables(server.db);

    const response = await call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${second.id}`, { status: 'open' });

    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toBe('2026/27 is open: close it before opening 2027/28, so that “this year” is never in doubt.');
    expect(await objectiveTables(server.db)).toEqual(before);
  });

  it('lets the database decide when two years are opened at once: one opens, the other gets 409', async () => {
    const years = await Promise.all([2026, 2027, 2028].map((startYear) => createdYear(startYear)));
    const responses = await Promise.all(years.map((year) => call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${year.id}`, { status: 'open' })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409]);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect((await problemOf(refused)).detail).toMatch(/^20\d\d\/\d\d is open: close it before opening 20\d\d\/\d\d, so that/);
    }
    expect(await server.db.selectFrom('appraisal_years').select('id').where('status', '=', 'open').execute()).toHaveLength(1);
  });

  it.each([
    ['planned', 'closed', '2026/27 is planned: a planned year has to be opened before it can be closed.'],
    ['open', 'planned', '2026/27 is open: an open year cannot become planned.'],
    ['closed', 'planned', '2026/27 is closed: a closed year cannot become planned.'],
  ] as const)('returns 409 for %s → %s, with the reason', async (from, to, reason) => {
    const year = await createdYear(2026);
    await server.db.updateTable('appraisal_years').set({ status: from }).where('id', '=', year.id).execute();
    const response = await call('Fiona Campbell', 'PATCH', `/api/appraisal-years/${year.id}`, { status: to });
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toBe(reason);
  });

  it('returns 404 for a year that does not exist', async () => {
    const response = await call('Fiona Campbell', 'PATCH', '/api/appraisal-years/00000000-0000-4000-8000-000000000000', { status: 'open' });
    expect(response.status).toBe(404);
  });

  it.each(['Sam Whitfield', 'Gareth Morgan', 'Alex Kowalski'] as const)('returns 403 to %s, and changes nothing', async (who) => {
    const year = await createdYear(2026);
    const before = await objectiveTables(server.db);
    const response = await call(who, 'PATCH', `/api/appraisal-years/${year.id}`, { status: 'open' });
    expect(response.status).toBe(403);
    expect(await objectiveTables(server.db)).toEqual(before);
  });
});

describe('GET /api/appraisal-years', () => {
  it('lists every year, newest first, to anyone signed in', async () => {
    await createdYear(2025);
    await createdYear(2026);
    const response = await call('Sam Whitfield', 'GET', '/api/appraisal-years');
    expect(response.status).toBe(200);
    expect(AppraisalYearList.parse(await response.json()).items.map((year) => year.label)).toEqual(['2026/27', '2025/26']);
  });

  it('returns 401 to someone not signed in', async () => {
    expect((await request(server.baseUrl, 'GET', '/api/appraisal-years')).status).toBe(401);
  });
});

describe('GET and PUT /api/objectives/settings', () => {
  it('gives the defaults to anyone signed in until they are changed', async () => {
    const response = await call('Sam Whitfield', 'GET', '/api/objectives/settings');
    expect(response.status).toBe(200);
    expect(ObjectiveSettings.parse(await response.json())).toEqual(DEFAULT_OBJECTIVE_SETTINGS);
  });

  it.each(['Fiona Campbell', 'Alex Kowalski'] as const)('lets %s change them, and logs the change', async (who) => {
    const changed = { ...DEFAULT_OBJECTIVE_SETTINGS, checkInEveryDays: 60 };
    const response = await call(who, 'PUT', '/api/objectives/settings', changed);
    expect(response.status).toBe(200);
    expect(ObjectiveSettings.parse(await (await call('Sam Whitfield', 'GET', '/api/objectives/settings')).json())).toEqual(changed);
    const entry = await server.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'action'])
      .where('resource', '=', 'objective-settings')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ actor_person_id: await demoPersonId(server.db, who), action: 'update' });
  });

  it.each(['Sam Whitfield', 'Gareth Morgan'] as const)('returns 403 to %s, and changes nothing', async (who) => {
    const response = await call(who, 'PUT', '/api/objectives/settings', { ...DEFAULT_OBJECTIVE_SETTINGS, yearStartMonth: 1 });
    expect(response.status).toBe(403);
    expect(await server.db.selectFrom('settings').selectAll().where('key', '=', 'objectives').execute()).toEqual([]);
  });

  it('returns 422 naming each field that is wrong', async () => {
    const response = await call('Fiona Campbell', 'PUT', '/api/objectives/settings', { ...DEFAULT_OBJECTIVE_SETTINGS, yearStartMonth: 13, checkInEveryDays: 1 });
    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.yearStartMonth', 'body.checkInEveryDays']);
  });
});
