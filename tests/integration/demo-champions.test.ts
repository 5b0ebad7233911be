import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { Me } from '../../api/src/contracts/me.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { DEMO_PERSONA_NAMES } from '../../api/src/demo/demo-council.js';
import { seedDemoChampions } from '../../api/src/demo/seed-demo-champions.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, getPath } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

const TABLES = [
  'champions',
  'champion_events',
  'how_to_guides',
  'drop_in_sessions',
  'drop_in_registrations',
  'support_sessions',
  'help_requests',
  'help_request_offers',
] as const;

describe('demo council champions programme', () => {
  let server: TestServer;
  let priya: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { SEED_DEMO_ACTIVITY: 'true' } });
    priya = await demoPersonId(server.db, DEMO_PERSONA_NAMES.champion);
  });
  afterAll(() => server.close());

  async function counts(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      TABLES.map(async (table) => [table, (await server.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n] as const),
    );
    return Object.fromEntries(entries);
  }

  it('never seeds twice', async () => {
    const before = await counts();
    const framework = await createFrameworkRepository(server.db).current();
    expect(await seedDemoChampions(server.db, framework!, new Date(), { activity: true })).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });

  it('makes Priya Chauhan an active champion with a full profile, approved by the digital team', async () => {
    const row = await server.db.selectFrom('champions').selectAll().where('person_id', '=', priya).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'active', working_days: [1, 2, 3, 4], capacity: 4 });
    expect(row.specialisms).toEqual(expect.arrayContaining(['Excel', 'the benefits system', 'screen readers']));
    const events = await server.db.selectFrom('champion_events').selectAll().where('person_id', '=', priya).orderBy('at').execute();
    expect(events.map((event) => event.to_status)).toEqual(['volunteered', 'active']);
    expect(events[1]!.actor_person_id).toBe(await demoPersonId(server.db, DEMO_PERSONA_NAMES.digital));
    const me = Me.parse(await (await getPath(server.baseUrl, '/api/me', await demoSession(server, DEMO_PERSONA_NAMES.champion))).json());
    expect(me.roles.map((badge) => badge.role)).toContain('champion');
  });

  it('has about two dozen more active champions across services and sites, two volunteers and one paused', async () => {
    const rows = await server.db
      .selectFrom('champions as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select(['c.status', 'p.service_id', 'p.site_id'])
      .execute();
    const active = rows.filter((row) => row.status === 'active');
    expect(active.length).toBeGreaterThanOrEqual(22);
    expect(new Set(active.map((row) => row.service_id)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(active.map((row) => row.site_id)).size).toBeGreaterThanOrEqual(4);
    expect(rows.filter((row) => row.status === 'volunteered')).toHaveLength(2);
    expect(rows.filter((row) => row.status === 'paused')).toHaveLength(1);
  });

  it('records how each champion reached their status, ending in it', async () => {
    const champions = await server.db.selectFrom('champions').select(['person_id', 'status']).execute();
    const events = await server.db.selectFrom('champion_events').selectAll().orderBy('at').execute();
    for (const champion of champions) {
      const history = events.filter((event) => event.person_id === champion.person_id);
      expect(history[0]!.from_status).toBeNull();
      expect(history.at(-1)!.to_status).toBe(champion.status);
      for (const [index, event] of history.entries()) if (index > 0) expect(event.from_status).toBe(history[index - 1]!.to_status);
    }
  });

  it('keeps every help request consistent with its offers', async () => {
    const requests = await server.db.selectFrom('help_requests').selectAll().execute();
    const offers = await server.db.selectFrom('help_request_offers').selectAll().execute();
    expect(new Set(requests.map((request) => request.status))).toEqual(new Set(['offered', 'open-to-all', 'claimed', 'resolved', 'cancelled']));
    for (const request of requests) {
      const mine = offers.filter((offer) => offer.request_id === request.id);
      const pending = mine.filter((offer) => offer.outcome === 'pending');
      const accepted = mine.filter((offer) => offer.outcome === 'accepted');
      expect(request.offer_number).toBe(mine.length);
      if (request.status === 'offered') {
        expect(pending.map((offer) => offer.champion_id)).toEqual([request.offered_to]);
        expect(request.offer_expires_at!.getTime()).toBeGreaterThan(Date.now());
      } else {
        expect(pending).toEqual([]);
      }
      if (request.status === 'open-to-all') expect(mine.every((offer) => offer.outcome === 'passed' || offer.outcome === 'expired')).toBe(true);
      if (request.status === 'claimed' || request.status === 'resolved') {
        expect(accepted.every((offer) => offer.champion_id === request.claimed_by)).toBe(true);
        expect(request.claimed_at).not.toBeNull();
      } else {
        expect(accepted).toEqual([]);
      }
      if (request.status === 'resolved') expect([request.resolved_at, request.resolution_note, request.minutes_spent]).not.toContain(null);
      if (request.rating !== null) expect(request.rated_at).not.toBeNull();
      if (request.status === 'cancelled') expect(request.cancelled_at).not.toBeNull();
      for (const offer of mine) expect(offer.outcome === 'pending').toBe(offer.decided_at === null);
    }
    const forPriya = (status: string) => requests.filter((request) => request.status === status && (request.offered_to === priya || request.claimed_by === priya));
    expect(forPriya('offered').length).toBeGreaterThanOrEqual(1);
    expect(forPriya('claimed').length).toBeGreaterThanOrEqual(1);
    expect(forPriya('resolved').some((request) => request.rating !== null)).toBe(true);
  });

  it('logs every resolved request in the support log, among about 40 sessions over three months, residents included', async () => {
    const sessions = await server.db.selectFrom('support_sessions').selectAll().execute();
    const resolved = await server.db.selectFrom('help_requests').select('id').where('status', '=', 'resolved').execute();
    expect(sessions.filter((session) => session.help_request_id !== null).map((session) => session.help_request_id).sort()).toEqual(resolved.map((row) => row.id).sort());
    expect(sessions.length).toBeGreaterThanOrEqual(35);
    expect(sessions.filter((session) => session.kind === 'resident').length).toBeGreaterThan(0);
    const threeMonthsAgo = new Date(Date.now() - 92 * 86_400_000).toISOString().slice(0, 10);
    expect(sessions.every((session) => String(session.happened_on) >= threeMonthsAgo)).toBe(true);
  });

  it('links every guide only to skills in the current framework, with six published and one of Priya’s waiting', async () => {
    const framework = (await createFrameworkRepository(server.db).current())!;
    const categories = new Set(framework.categories.map((category) => category.key));
    const statements = new Set(framework.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
    const guides = await server.db.selectFrom('how_to_guides').selectAll().execute();
    for (const guide of guides) {
      expect(guide.category_keys.every((key) => categories.has(key))).toBe(true);
      expect(guide.statement_keys.every((key) => statements.has(key))).toBe(true);
      expect(guide.category_keys.length + guide.statement_keys.length).toBeGreaterThan(0);
    }
    expect(guides.filter((guide) => guide.status === 'published').length).toBeGreaterThanOrEqual(6);
    expect(guides.filter((guide) => guide.status === 'submitted').map((guide) => guide.author_id)).toEqual([priya]);
  });

  it('has four drop-ins to come, online and in person at Central Library and the Civic Centre, none over capacity', async () => {
    const sessions = await server.db
      .selectFrom('drop_in_sessions as d')
      .leftJoin('sites as s', 's.id', 'd.site_id')
      .select(['d.id', 'd.format', 'd.capacity', 'd.starts_at', 's.name as site'])
      .select((eb) => eb.selectFrom('drop_in_registrations as r').whereRef('r.session_id', '=', 'd.id').select(sql<number>`count(*)::int`.as('n')).as('registered'))
      .execute();
    expect(sessions).toHaveLength(4);
    expect(sessions.every((session) => session.starts_at.getTime() > Date.now())).toBe(true);
    expect(new Set(sessions.map((session) => session.format))).toEqual(new Set(['online', 'in-person']));
    expect(sessions.map((session) => session.site).filter(Boolean).sort()).toEqual(['Central Library', 'Civic Centre']);
    expect(sessions.every((session) => session.registered! > 0 && session.registered! <= session.capacity)).toBe(true);
  });
});
