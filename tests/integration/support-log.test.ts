import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Problem } from '../../api/src/contracts/common.js';
import { SupportLogPage, SupportSession, type SupportSessionInput } from '../../api/src/contracts/support-log.js';
import { buildChampion } from '../factories/champions.js';
import { buildDropIn } from '../factories/drop-ins.js';
import { demoPersonId } from '../factories/people.js';
import { request } from '../support/http-client.js';
import { settableClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

// 23:30 in UTC is 00:30 on 11 June in the UK (summer time): "today" is the UK's date.
const NOW = '2026-06-10T23:30:00Z';
const DAY_MS = 24 * 60 * 60 * 1000;

let server: TestServer;
const clock = settableClock(NOW);
const cookies = new Map<string, Record<string, string>>();
let championId: string;
let otherChampionId: string;

/** Moves the clock on; sign-in sessions expire by the same clock, so everyone signs in again. */
function advanceDays(days: number): void {
  clock.advance(days * DAY_MS);
  cookies.clear();
}

async function as(personId: string): Promise<Record<string, string>> {
  let headers = cookies.get(personId);
  if (!headers) {
    headers = { cookie: await signInAs(server.baseUrl, personId) };
    cookies.set(personId, headers);
  }
  return headers;
}

function session(overrides: Partial<SupportSessionInput> = {}): SupportSessionInput {
  return { kind: 'one-to-one', happenedOn: '2026-06-09', minutes: 30, peopleHelped: 1, categoryKeys: ['communicating'], note: 'Showed Jo how to share a file', ...overrides };
}

async function log(personId: string, body: unknown): Promise<Response> {
  return request(server.baseUrl, 'POST', '/api/support-log', await as(personId), body);
}

async function logged(personId: string, overrides: Partial<SupportSessionInput> = {}): Promise<SupportSession> {
  const response = await log(personId, session(overrides));
  expect(response.status).toBe(200);
  return SupportSession.parse(await response.json());
}

async function problemOf(response: Response): Promise<Problem> {
  return Problem.parse(await response.json());
}

async function pageOf(personId: string, path: string): Promise<SupportLogPage> {
  const response = await request(server.baseUrl, 'GET', path, await as(personId));
  expect(response.status).toBe(200);
  return SupportLogPage.parse(await response.json());
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  championId = await buildChampion(server.db, { displayName: 'Asha Patel' });
  otherChampionId = await buildChampion(server.db, { displayName: 'Ben Okafor' });
});

afterAll(async () => {
  await server?.close();
});

beforeEach(async () => {
  clock.set(NOW);
  await server.db.deleteFrom('support_sessions').execute();
});

describe('POST /api/support-log', () => {
  it('logs a session for the champion and returns it with the skills named', async () => {
    const created = await logged(championId, { categoryKeys: ['communicating', 'safe-and-legal'], peopleHelped: 2 });

    expect(created).toMatchObject({
      champion: { id: championId, displayName: 'Asha Patel' },
      kind: 'one-to-one',
      happenedOn: '2026-06-09',
      minutes: 30,
      peopleHelped: 2,
      note: 'Showed Jo how to share a file',
      dropIn: null,
      helpRequestId: null,
      canDelete: true,
    });
    expect(created.skills.map((skill) => skill.key)).toEqual(['communicating', 'safe-and-legal']);
    expect(created.skills.every((skill) => skill.title.length > 0 && skill.title !== skill.key)).toBe(true);
  });

  it("accepts today's date in the UK even when it is still yesterday in UTC", async () => {
    expect((await logged(championId, { happenedOn: '2026-06-11', kind: 'resident' })).happenedOn).toBe('2026-06-11');
  });

  it('returns 422 naming happenedOn for a date in the future', async () => {
    const response = await log(championId, session({ happenedOn: '2026-06-12' }));

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.happenedOn', message: 'must be today or earlier' }]);
  });

  it('returns 422 naming each unknown skill category', async () => {
    const response = await log(championId, session({ categoryKeys: ['communicating', 'juggling'] }));

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([
      { field: 'body.categoryKeys[1]', message: '"juggling" is not a skill category in the current framework' },
    ]);
  });

  it('returns 422 saying help requests log themselves when someone tries to log one by hand', async () => {
    const response = await log(championId, { ...session(), kind: 'help-request' });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.kind', message: 'help requests are logged by themselves when you resolve them' }]);
  });

  it('returns 422 naming every field that is wrong at once, and writes nothing', async () => {
    const response = await log(championId, { kind: 'one-to-one', happenedOn: 'yesterday', minutes: 601, peopleHelped: 0, categoryKeys: [], note: '' });

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field).sort()).toEqual(['body.happenedOn', 'body.minutes', 'body.peopleHelped']);
    expect((await log(championId, session({ minutes: 0 }))).status).toBe(422);
    expect(await server.db.selectFrom('support_sessions').select('id').execute()).toEqual([]);
  });

  it('returns 403 when someone who is not a champion logs a session', async () => {
    const response = await log(await demoPersonId(server.db, 'Sam Whitfield'), session());

    expect(response.status).toBe(403);
    expect((await problemOf(response)).detail).toBe('Only Digital Champions can log support sessions.');
  });
});

describe('GET /api/support-log', () => {
  it('lists only my sessions, newest first, page by page, with totals for all of them by kind', async () => {
    await logged(championId, { happenedOn: '2026-06-01', minutes: 20 });
    await logged(championId, { happenedOn: '2026-06-05', kind: 'resident', minutes: 45, peopleHelped: 3 });
    await logged(championId, { happenedOn: '2026-06-08', kind: 'drop-in', minutes: 60, peopleHelped: 6 });
    await logged(otherChampionId, { happenedOn: '2026-06-09', minutes: 90 });

    const first = await pageOf(championId, '/api/support-log?limit=2');
    const second = await pageOf(championId, '/api/support-log?limit=2&offset=2');

    expect(first.items.map((item) => item.happenedOn)).toEqual(['2026-06-08', '2026-06-05']);
    expect(second.items.map((item) => item.happenedOn)).toEqual(['2026-06-01']);
    expect(first.total).toBe(3);
    expect(first.totals).toEqual({
      sessions: 3,
      minutes: 125,
      peopleHelped: 10,
      byKind: [
        { kind: 'one-to-one', sessions: 1, minutes: 20, peopleHelped: 1 },
        { kind: 'drop-in', sessions: 1, minutes: 60, peopleHelped: 6 },
        { kind: 'resident', sessions: 1, minutes: 45, peopleHelped: 3 },
        { kind: 'help-request', sessions: 0, minutes: 0, peopleHelped: 0 },
      ],
    });
  });

  it('filters by kind and dates, with totals for the filter', async () => {
    await logged(championId, { happenedOn: '2026-05-20' });
    await logged(championId, { happenedOn: '2026-06-02' });
    await logged(championId, { happenedOn: '2026-06-03', kind: 'resident' });

    const june = await pageOf(championId, '/api/support-log?from=2026-06-01&to=2026-06-30&kind=one-to-one');

    expect(june.items.map((item) => item.happenedOn)).toEqual(['2026-06-02']);
    expect(june.totals.sessions).toBe(1);
  });

  it('includes help requests logged on resolving, which cannot be removed', async () => {
    await server.db
      .insertInto('support_sessions')
      .values({ champion_id: championId, kind: 'help-request', happened_on: '2026-06-10', minutes: 15, category_keys: ['transacting'] })
      .execute();

    const page = await pageOf(championId, '/api/support-log');

    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'help-request', canDelete: false });
    expect(page.totals.byKind.find((kind) => kind.kind === 'help-request')?.minutes).toBe(15);
  });

  it('names the drop-in a session logs', async () => {
    const dropInId = await buildDropIn(server.db, championId, { title: 'Excel basics', startsAt: new Date('2026-06-08T10:00:00Z') });
    await server.db
      .insertInto('support_sessions')
      .values({ champion_id: championId, kind: 'drop-in', happened_on: '2026-06-08', minutes: 60, drop_in_id: dropInId })
      .execute();

    expect((await pageOf(championId, '/api/support-log')).items[0]?.dropIn).toEqual({ id: dropInId, title: 'Excel basics' });
  });
});

describe('DELETE /api/support-log/:id', () => {
  it('removes a session I logged in the last 14 days', async () => {
    const created = await logged(championId);
    advanceDays(13);

    const response = await request(server.baseUrl, 'DELETE', `/api/support-log/${created.id}`, await as(championId));

    expect(response.status).toBe(204);
    expect((await pageOf(championId, '/api/support-log')).total).toBe(0);
  });

  it('returns 409 once 14 days have passed, and keeps the session', async () => {
    const created = await logged(championId);
    advanceDays(15);

    const response = await request(server.baseUrl, 'DELETE', `/api/support-log/${created.id}`, await as(championId));

    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toBe('Sessions can only be removed within 14 days of logging them.');
    expect((await pageOf(championId, '/api/support-log')).items[0]?.canDelete).toBe(false);
  });

  it("returns 403 for someone else's session", async () => {
    const created = await logged(otherChampionId);

    const response = await request(server.baseUrl, 'DELETE', `/api/support-log/${created.id}`, await as(championId));

    expect(response.status).toBe(403);
  });

  it('returns 409 for a help request logged on resolving', async () => {
    const row = await server.db
      .insertInto('support_sessions')
      .values({ champion_id: championId, kind: 'help-request', happened_on: '2026-06-10', minutes: 15 })
      .returning('id')
      .executeTakeFirstOrThrow();

    const response = await request(server.baseUrl, 'DELETE', `/api/support-log/${row.id}`, await as(championId));

    expect(response.status).toBe(409);
  });

  it('returns 404 for a session that does not exist', async () => {
    const response = await request(server.baseUrl, 'DELETE', '/api/support-log/c0000000-0000-4000-8000-000000000000', await as(championId));

    expect(response.status).toBe(404);
  });
});

describe('GET /api/support-log/all', () => {
  it("shows the digital team every champion's sessions, filtered by champion, kind and skill", async () => {
    await logged(championId, { categoryKeys: ['creating'] });
    await logged(championId, { kind: 'resident', categoryKeys: ['transacting'] });
    await logged(otherChampionId, { categoryKeys: ['creating'] });
    const tom = await demoPersonId(server.db, 'Tom Nguyen');

    const all = await pageOf(tom, '/api/support-log/all');
    const ashas = await pageOf(tom, `/api/support-log/all?championId=${championId}`);
    const creating = await pageOf(tom, '/api/support-log/all?categoryKey=creating&kind=one-to-one');

    expect(all.total).toBe(3);
    expect(all.items.every((item) => !item.canDelete)).toBe(true);
    expect(ashas.items.map((item) => item.champion.displayName)).toEqual(['Asha Patel', 'Asha Patel']);
    expect(creating.items.map((item) => item.champion.displayName).sort()).toEqual(['Asha Patel', 'Ben Okafor']);
    expect(creating.totals.sessions).toBe(2);
  });

  it('writes each read to the audit log, naming the champion it was filtered to', async () => {
    const tom = await demoPersonId(server.db, 'Tom Nguyen');
    await pageOf(tom, `/api/support-log/all?championId=${championId}`);

    const latest = await server.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'action', 'subject_person_id'])
      .where('resource', '=', 'support-log')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    expect(latest).toEqual({ actor_person_id: tom, action: 'read', subject_person_id: championId });
  });

  it('shows HR the same', async () => {
    await logged(championId);

    expect((await pageOf(await demoPersonId(server.db, 'Fiona Campbell'), '/api/support-log/all')).total).toBe(1);
  });

  it('returns 403 for a champion and for other staff', async () => {
    for (const personId of [championId, await demoPersonId(server.db, 'Sam Whitfield')]) {
      const response = await request(server.baseUrl, 'GET', '/api/support-log/all', await as(personId));
      expect(response.status).toBe(403);
    }
  });
});
