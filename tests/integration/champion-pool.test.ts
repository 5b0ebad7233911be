import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { createChampionPool } from '../../api/src/db/champion-pool-repository.js';
import type { ChampionPool, PooledChampion } from '../../api/src/domain/champions/champion-pool.js';
import { buildAuditResult, buildChampion, buildSite, CATEGORY_KEYS } from '../factories/champions.js';
import { buildPerson } from '../factories/people.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let pool: ChampionPool;

beforeAll(async () => {
  server = await startTestServer();
  pool = createChampionPool(server.db);
});
afterAll(() => server.close());

const version = async () =>
  Number((await sql<{ version: string }>`select version from change_versions where name = 'champion-pool'`.execute(server.db)).rows[0]!.version);

async function pooled(personId: string): Promise<PooledChampion | undefined> {
  return (await pool.activeChampions()).find((champion) => champion.personId === personId);
}

async function claimedRequestFor(championId: string): Promise<string> {
  const requester = await buildPerson(server.db);
  const row = await server.db
    .insertInto('help_requests')
    .values({ requester_id: requester, category_key: CATEGORY_KEYS[0]!, question: 'How do I share a file?', channel: 'tab', status: 'open-to-all' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await server.db.updateTable('help_requests').set({ status: 'claimed', claimed_by: championId, claimed_at: new Date() }).where('id', '=', row.id).execute();
  return row.id;
}

describe('the champion pool routing reads', () => {
  it('is kept while nothing changes: a second read is the same pool, without reading it again', async () => {
    await buildChampion(server.db);
    const first = await pool.activeChampions();
    expect(await pool.activeChampions()).toBe(first);
  });

  it('shows every kind of change at the very next read', async () => {
    const championId = await buildChampion(server.db, { capacity: 2 });
    expect(await pooled(championId)).toMatchObject({ capacity: 2, load: 0 });
    expect((await pooled(championId))?.strengths.size).toBe(0);

    await server.db.updateTable('champions').set({ capacity: 4 }).where('person_id', '=', championId).execute();
    expect((await pooled(championId))?.capacity).toBe(4);

    const site = await buildSite(server.db);
    await server.db.updateTable('people').set({ site_id: site }).where('id', '=', championId).execute();
    expect((await pooled(championId))?.siteId).toBe(site);

    const requestId = await claimedRequestFor(championId);
    expect((await pooled(championId))?.load).toBe(1);
    await server.db.updateTable('help_requests').set({ status: 'resolved', resolved_at: new Date() }).where('id', '=', requestId).execute();
    expect((await pooled(championId))?.load).toBe(0);

    await buildAuditResult(server.db, championId, { [CATEGORY_KEYS[1]!]: { level: 'confident' } }, new Date('2026-11-20T10:00:00Z'));
    expect((await pooled(championId))?.strengths.get(CATEGORY_KEYS[1]!)).toBe('confident');

    await server.db.updateTable('champions').set({ status: 'paused' }).where('person_id', '=', championId).execute();
    expect(await pooled(championId)).toBeUndefined();
  });

  it('is frozen, so that no caller can change what the others read', async () => {
    const [champion] = await pool.activeChampions();
    expect(Object.isFrozen(champion)).toBe(true);
  });
});

describe('the champion pool version', () => {
  it('moves once for a transaction however many rows it changes', async () => {
    const champions = await Promise.all([1, 2, 3].map(() => buildChampion(server.db)));
    const before = await version();
    await server.db.updateTable('people').set({ display_name: sql`display_name || ' (renamed)'` }).where('id', 'in', champions).execute();
    expect(await version()).toBe(before + 1);
  });

  it('does not move for a change that is rolled back', async () => {
    const championId = await buildChampion(server.db);
    const before = await version();
    await expect(
      server.db.transaction().execute(async (trx) => {
        await trx.updateTable('champions').set({ capacity: 9 }).where('person_id', '=', championId).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await version()).toBe(before);
  });

  it('does not move for what leaves the pool as it is: asking for help, offers, or the audit of someone who is not a champion', async () => {
    const championId = await buildChampion(server.db);
    const requester = await buildPerson(server.db);
    const before = await version();
    await server.db
      .insertInto('help_requests')
      .values({ requester_id: requester, category_key: CATEGORY_KEYS[0]!, question: 'Where is my payslip?', channel: 'bot', status: 'offered', offered_to: championId, offer_number: 1 })
      .execute();
    await buildAuditResult(server.db, requester, {});
    expect(await version()).toBe(before);
  });
});
