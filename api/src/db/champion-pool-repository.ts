import { sql } from 'kysely';
import type { ChampionPool, PooledChampion } from '../domain/champions/champion-pool.js';
import type { StrengthLevel } from '../domain/champions/skill-profile.js';
import type { Db } from './database.js';

/**
 * One champion as the query sends it: [person id, name, email, site, service, working days,
 * capacity, specialisms, load, latest submitted audit response id].
 */
type PoolEntry = [string, string, string, string | null, string | null, number[], number, string[], number, string | null];

type Strengths = ReadonlyMap<string, StrengthLevel>;

const NO_STRENGTHS: Strengths = new Map();
/** Far more than a council has champions: a bound, not a working limit. */
const RESPONSES_REMEMBERED = 50_000;

/**
 * Routing reads the pool for every help request asked or passed on, so with 2,000 champions
 * it must take milliseconds. The pool is kept between reads and read again only when its
 * version has moved (every change to what it holds counts the version up in the same
 * transaction: migration 0007), so while nothing changes a read is one small query. A full
 * read is one query whose answer is one JSON document: node parses that natively in about a
 * millisecond, where thousands of rows of uuids and PostgreSQL arrays cost it ten times as
 * much. A submitted audit never changes, so the strengths in its summary (capable or
 * confident, as skillProfileFrom says) are read once per response and kept; only a
 * champion's new audit costs a second query.
 */
export function createChampionPool(db: Db): ChampionPool {
  const strengthsByResponse = new Map<string, Strengths>();

  async function rememberStrengths(responseIds: readonly string[]): Promise<void> {
    if (strengthsByResponse.size + responseIds.length > RESPONSES_REMEMBERED) strengthsByResponse.clear();
    const missing = responseIds.filter((id) => !strengthsByResponse.has(id));
    if (missing.length === 0) return;
    const { rows } = await sql<{ id: string; strengths: Record<string, StrengthLevel> | null }>`
      select r.id,
             (select json_object_agg(category ->> 'key', category ->> 'level')
              from jsonb_array_elements(r.summary -> 'categories') as category
              where category ->> 'level' in ('capable', 'confident')) as strengths
      from audit_responses r
      where r.id = any (${missing}::uuid[])`.execute(db);
    for (const row of rows) strengthsByResponse.set(row.id, new Map(Object.entries(row.strengths ?? {})));
  }

  /** The pool as last read, and the version of the pool it was read at. */
  let kept: { version: number; pool: readonly PooledChampion[] } | undefined;

  async function readPool(): Promise<{ version: number; pool: readonly PooledChampion[] }> {
    // The version is read in the same statement, so it is the version of exactly these rows.
    const { rows } = await sql<{ pool: PoolEntry[] | null; version: number }>`
      select json_agg(json_build_array(
               c.person_id, p.display_name, p.email, coalesce(c.site_id, p.site_id), coalesce(c.service_id, p.service_id),
               c.working_days, c.capacity, c.specialisms, coalesce(m.count, 0) + coalesce(h.count, 0), latest.id)
             order by c.person_id) as pool,
             (select v.version from change_versions v where v.name = 'champion-pool') as version
      from champions c
      join people p on p.id = c.person_id
      left join (select champion_id, count(*) as count from champion_matches where status = 'active' group by champion_id) m
        on m.champion_id = c.person_id
      left join (select claimed_by, count(*) as count from help_requests where status = 'claimed' group by claimed_by) h
        on h.claimed_by = c.person_id
      left join lateral (
        select r.id from audit_responses r
        where r.person_id = c.person_id and r.status = 'submitted'
        order by r.submitted_at desc
        limit 1
      ) latest on true
      where c.status = 'active' and p.status = 'active'`.execute(db);
    const entries = rows[0]?.pool ?? [];
    await rememberStrengths(entries.flatMap((entry) => (entry[9] ? [entry[9]] : [])));
    const pool = entries.map(
      ([personId, displayName, email, siteId, serviceId, workingDays, capacity, specialisms, load, responseId]): PooledChampion =>
        // Frozen: every caller shares the kept pool.
        Object.freeze({
          personId,
          displayName,
          email,
          siteId,
          serviceId,
          workingDays,
          capacity,
          load,
          strengths: (responseId && strengthsByResponse.get(responseId)) || NO_STRENGTHS,
          specialisms,
        }),
    );
    return { version: Number(rows[0]?.version ?? 0), pool: Object.freeze(pool) };
  }

  return {
    async activeChampions() {
      // One small query while nothing has changed; the whole pool again once something has.
      const current = await sql<{ version: number }>`select version from change_versions where name = 'champion-pool'`.execute(db);
      if (kept && kept.version === Number(current.rows[0]?.version)) return kept.pool;
      kept = await readPool();
      return kept.pool;
    },
  };
}
