import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ChampionDashboard, ChampionsOverview } from '../../api/src/contracts/champion-dashboards.js';
import { Problem } from '../../api/src/contracts/common.js';
import type { HelpRequestsTable } from '../../api/src/db/schema.js';
import { buildService } from '../factories/campaign-people.js';
import { buildChampion, buildSite } from '../factories/champions.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * The champions' dashboards: a champion's own figures, and the digital team's overview.
 * Every figure is checked against rows inserted here, at a fixed "now" (20 November 2026,
 * noon UK time), so this month began on 1 November.
 */

const NOW = new Date('2026-11-20T12:00:00Z');
const clock = { now: () => NOW };

let server: TestServer;
const cookies: Record<string, string> = {};

function get(who: string, path: string): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, { headers: { cookie: cookies[who]! } });
}

const at = (iso: string) => new Date(iso);
const minutesAfter = (start: string, minutes: number) => new Date(at(start).getTime() + minutes * 60_000);

type RequestRow = Partial<{ [K in keyof HelpRequestsTable]: unknown }> & { requester_id: string; status: HelpRequestsTable['status'] };

async function insertRequest(row: RequestRow): Promise<string> {
  const inserted = await server.db
    .insertInto('help_requests')
    .values({ category_key: 'communicating', question: 'How do I share a file?', channel: 'tab', ...row } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** A request asked at `askedAt`, claimed `claimAfter` minutes later and, if given, resolved `resolveAfter` minutes after asking. */
function claimedRequest(requester: string, champion: string, askedAt: string, claimAfter: number, resolveAfter?: number, extra: Partial<RequestRow> = {}) {
  return insertRequest({
    requester_id: requester,
    status: resolveAfter === undefined ? 'claimed' : 'resolved',
    claimed_by: champion,
    created_at: at(askedAt),
    claimed_at: minutesAfter(askedAt, claimAfter),
    resolved_at: resolveAfter === undefined ? null : minutesAfter(askedAt, resolveAfter),
    minutes_spent: resolveAfter === undefined ? null : 15,
    resolution_note: resolveAfter === undefined ? null : 'Showed them how',
    ...extra,
  });
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  for (const name of ['Tom Nguyen', 'Sam Whitfield', 'Fiona Campbell']) cookies[name] = await signInAs(server.baseUrl, await demoPersonId(server.db, name));
});
afterAll(() => server.close());

describe('GET /api/champions/dashboard', () => {
  let champion: string;

  beforeAll(async () => {
    const db = server.db;
    champion = await buildChampion(db, { displayName: 'Dana Dashboard' });
    const other = await buildChampion(db);
    const [learner1, learner2, learner3] = [await buildPerson(db), await buildPerson(db), await buildPerson(db)];
    cookies.champion = await signInAs(server.baseUrl, champion);

    // This month: two requests from the same person (one of them also in the support log, as the bot logs it).
    await claimedRequest(learner1, champion, '2026-11-05T09:00:00Z', 10, 60, { minutes_spent: 30, rating: 5, rating_comment: 'Really clear, thank you', rated_at: at('2026-11-05T11:00:00Z') });
    const logged = await claimedRequest(learner1, champion, '2026-11-10T09:00:00Z', 5, 30, { minutes_spent: 20, rating: 3, rated_at: at('2026-11-10T12:00:00Z'), category_key: 'transacting' });
    // Last month.
    await claimedRequest(learner2, champion, '2026-10-15T09:00:00Z', 5, 50, { minutes_spent: 45, rating: 2, rating_comment: 'It took a while', rated_at: at('2026-10-16T09:00:00Z') });
    // Waiting or in hand.
    await claimedRequest(learner3, champion, '2026-11-19T09:00:00Z', 5);
    await insertRequest({ requester_id: learner2, status: 'offered', offered_to: champion, offer_number: 1 });
    await insertRequest({ requester_id: learner2, status: 'open-to-all', offer_number: 3 });
    await insertRequest({ requester_id: champion, status: 'open-to-all', offer_number: 3 });
    // Someone else's work is not theirs.
    await claimedRequest(learner3, other, '2026-11-12T09:00:00Z', 5, 20, { rating: 1, rated_at: at('2026-11-12T10:00:00Z') });

    await db
      .insertInto('support_sessions')
      .values([
        { champion_id: champion, kind: 'one-to-one', happened_on: '2026-11-12', minutes: 40, people_helped: 1 },
        { champion_id: champion, kind: 'drop-in', happened_on: '2026-10-20', minutes: 60, people_helped: 6 },
        { champion_id: champion, kind: 'help-request', happened_on: '2026-11-10', minutes: 20, people_helped: 1, help_request_id: logged },
        { champion_id: other, kind: 'resident', happened_on: '2026-11-13', minutes: 90, people_helped: 2 },
      ])
      .execute();
  });

  it('counts the champion’s queue, people, minutes and ratings this month and since they started', async () => {
    const response = await get('champion', '/api/champions/dashboard');
    expect(response.status).toBe(200);
    const dashboard = ChampionDashboard.parse(await response.json());
    expect(dashboard.champion).toEqual({ id: champion, displayName: 'Dana Dashboard' });
    expect(dashboard.status).toBe('active');
    expect(dashboard.queue).toEqual({ offeredToMe: 1, openToAll: 1, helping: 1 });
    expect(dashboard.monthStartsOn).toBe('2026-11-01');
    // One person from two requests, plus one from the log; 40 + 20 logged, plus 30 for the request not in the log.
    expect(dashboard.thisMonth).toEqual({ peopleHelped: 2, requestsResolved: 2, minutes: 90, supportSessions: 1, averageRating: 4, ratingCount: 2 });
    // Two requesters plus 1 + 6 in the log; 120 logged plus 30 + 45 for the requests not in it.
    expect(dashboard.allTime).toEqual({ peopleHelped: 9, requestsResolved: 3, minutes: 195, supportSessions: 2, averageRating: 3.33, ratingCount: 3 });
  });

  it('lists the latest ratings first, with their comments and category titles', async () => {
    const dashboard = ChampionDashboard.parse(await (await get('champion', '/api/champions/dashboard')).json());
    expect(dashboard.recentRatings.map(({ rating, comment, categoryTitle }) => ({ rating, comment, categoryTitle }))).toEqual([
      { rating: 3, comment: null, categoryTitle: 'Transacting' },
      { rating: 5, comment: 'Really clear, thank you', categoryTitle: 'Communicating' },
      { rating: 2, comment: 'It took a while', categoryTitle: 'Communicating' },
    ]);
  });

  it('still shows a paused champion their dashboard', async () => {
    const paused = await buildChampion(server.db, { status: 'paused' });
    const response = await fetch(`${server.baseUrl}/api/champions/dashboard`, { headers: { cookie: await signInAs(server.baseUrl, paused) } });
    expect(response.status).toBe(200);
    expect(ChampionDashboard.parse(await response.json()).status).toBe('paused');
  });

  it.each(['Sam Whitfield', 'Tom Nguyen'])('returns 403 when %s, who is not a champion, asks', async (name) => {
    const response = await get(name, '/api/champions/dashboard');
    expect(response.status).toBe(403);
    expect(Problem.parse(await response.json()).code).toBe('forbidden');
  });

  it('returns 401 when nobody is signed in', async () => {
    expect((await fetch(`${server.baseUrl}/api/champions/dashboard`)).status).toBe(401);
  });
});

describe('GET /api/champions/overview', () => {
  let service: string;
  let emptyService: string;
  let site: string;

  beforeAll(async () => {
    const db = server.db;
    // Figures about requests are council-wide: start from none.
    await db.deleteFrom('help_requests').execute();

    service = await buildService(db, 'Overview Test Service');
    emptyService = await buildService(db, 'Overview Service Without Champions');
    site = await buildSite(db, 'Overview Test Site');
    for (let index = 0; index < 8; index += 1) await buildPerson(db, { serviceId: service, siteId: site });
    await buildPerson(db, { serviceId: service, siteId: site, status: 'leaver' });
    for (let index = 0; index < 4; index += 1) await buildPerson(db, { serviceId: emptyService });
    const championA = await buildChampion(db, { serviceId: service, siteId: site });
    await buildChampion(db, { serviceId: service, siteId: site });
    await buildChampion(db, { serviceId: service, siteId: site, status: 'paused' });
    await buildChampion(db, { serviceId: service, siteId: site, status: 'volunteered' });
    // Helps for the service by their profile, though the directory has them nowhere.
    const visiting = await buildChampion(db, { serviceId: null, siteId: null });
    await db.updateTable('champions').set({ service_id: service }).where('person_id', '=', visiting).execute();
    // A leaver is no longer anyone's champion.
    const leaver = await buildChampion(db, { serviceId: service, siteId: site });
    await db.updateTable('people').set({ status: 'leaver', left_on: '2026-10-31' }).where('id', '=', leaver).execute();
    cookies.champion = await signInAs(server.baseUrl, championA);

    const learner = await buildPerson(db);
    // Claimed after 10, 20, 30 and 100 minutes; resolved after 60, 120 and 240 minutes.
    await claimedRequest(learner, championA, '2026-11-02T09:00:00Z', 10, 60, { rating: 5, rated_at: at('2026-11-02T12:00:00Z') });
    await claimedRequest(learner, championA, '2026-11-03T09:00:00Z', 20, 120, { rating: 4, rated_at: at('2026-11-03T12:00:00Z') });
    await claimedRequest(learner, championA, '2026-11-04T09:00:00Z', 30, 240, { category_key: 'transacting' });
    await claimedRequest(learner, championA, '2026-11-05T09:00:00Z', 100, undefined, { category_key: 'transacting' });
    // Waiting: offered two hours ago, and open to every champion for a day.
    await insertRequest({ requester_id: learner, status: 'offered', offered_to: championA, category_key: 'transacting', created_at: at('2026-11-20T10:00:00Z') });
    await insertRequest({ requester_id: learner, status: 'open-to-all', category_key: 'foundation', created_at: at('2026-11-19T12:00:00Z') });
    await insertRequest({ requester_id: learner, status: 'cancelled', category_key: 'foundation', created_at: at('2026-11-06T09:00:00Z'), cancelled_at: at('2026-11-06T10:00:00Z') });
    // Long before the last 90 days: claimed after 5 minutes, resolved after 10, rated 1.
    await claimedRequest(learner, championA, '2026-05-01T09:00:00Z', 5, 10, { rating: 1, rated_at: at('2026-05-01T10:00:00Z') });
  });

  async function overview(query = ''): Promise<ChampionsOverview> {
    const response = await get('Tom Nguyen', `/api/champions/overview${query}`);
    expect(response.status).toBe(200);
    return ChampionsOverview.parse(await response.json());
  }

  it('sets champions per service and per site against the active staff there', async () => {
    const result = await overview();
    expect(result.byService.find((row) => row.id === service)).toEqual({
      id: service,
      name: 'Overview Test Service',
      // 8 staff and 4 champions in the directory (the volunteer still waits for approval); the visiting champion is staff elsewhere.
      staff: 12,
      champions: 3,
      pausedChampions: 1,
      staffPerChampion: 4,
    });
    expect(result.byService.find((row) => row.id === emptyService)).toMatchObject({ staff: 4, champions: 0, staffPerChampion: null });
    expect(result.bySite.find((row) => row.id === site)).toEqual({
      id: site,
      name: 'Overview Test Site',
      staff: 12,
      champions: 2,
      pausedChampions: 1,
      staffPerChampion: 6,
    });
  });

  it('totals the staff and champions of the whole council', async () => {
    const db = server.db;
    const staff = (await db.selectFrom('people').select(db.fn.countAll<number>().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow()).n;
    const champions = (
      await db
        .selectFrom('champions as c')
        .innerJoin('people as p', 'p.id', 'c.person_id')
        .select(db.fn.countAll<number>().as('n'))
        .where('p.status', '=', 'active')
        .where('c.status', '=', 'active')
        .executeTakeFirstOrThrow()
    ).n;
    const { totals } = await overview();
    expect(totals.staff).toBe(Number(staff));
    expect(totals.champions).toBe(Number(champions));
    expect(totals.waitingForApproval).toBeGreaterThanOrEqual(1);
    expect(totals.staffPerChampion).toBe(Math.round((Number(staff) / Number(champions)) * 100) / 100);
  });

  it('counts the requests nobody has claimed, with the age of the oldest', async () => {
    const { unanswered } = await overview();
    expect(unanswered).toEqual({ offered: 1, openToAll: 1, oldestAskedAt: '2026-11-19T12:00:00.000Z', oldestAgeMinutes: 1440 });
  });

  it('works out the median times to claim and to resolve over the last 90 days', async () => {
    const result = await overview();
    expect(result.period).toEqual({ days: 90, from: '2026-08-22T12:00:00.000Z', to: '2026-11-20T12:00:00.000Z' });
    // An even count takes the mean of the middle two: (20 + 30) / 2.
    expect(result.timeToClaim).toEqual({ medianMinutes: 25, count: 4 });
    expect(result.timeToResolve).toEqual({ medianMinutes: 120, count: 3 });
    expect(result.requests).toEqual({ asked: 7, claimed: 4, resolved: 3, cancelled: 1 });
    expect(result.ratings).toEqual({ average: 4.5, count: 2 });
  });

  it('reaches further back when asked for more days', async () => {
    const result = await overview('?days=365');
    expect(result.timeToClaim).toEqual({ medianMinutes: 20, count: 5 });
    expect(result.timeToResolve).toEqual({ medianMinutes: 90, count: 4 });
    expect(result.ratings).toEqual({ average: 3.33, count: 3 });
  });

  it('counts requests by category, most asked first, with their titles', async () => {
    const { byCategory } = await overview();
    expect(byCategory).toEqual([
      { categoryKey: 'transacting', title: 'Transacting', asked: 3, resolved: 1 },
      { categoryKey: 'communicating', title: 'Communicating', asked: 2, resolved: 2 },
      { categoryKey: 'foundation', title: 'Foundation', asked: 2, resolved: 0 },
    ]);
  });

  it('returns 400 naming days when it is not a whole number of days from 1 to 730', async () => {
    for (const days of ['0', '731', 'ninety']) {
      const response = await get('Tom Nguyen', `/api/champions/overview?days=${days}`);
      expect(response.status).toBe(400);
      expect(Problem.parse(await response.json()).errors?.[0]?.field).toBe('query.days');
    }
  });

  it.each(['Sam Whitfield', 'Fiona Campbell', 'champion'])('returns 403 when %s, who is not in the digital team, asks', async (who) => {
    const response = await get(who, '/api/champions/overview');
    expect(response.status).toBe(403);
    expect(Problem.parse(await response.json()).code).toBe('forbidden');
  });
});
