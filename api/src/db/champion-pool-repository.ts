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
 * it must take milliseconds. One query, whose answer is one JSON document: node parses that
 * natively in about a millisecond, where thousands of rows of uuids and PostgreSQL arrays
 * cost it ten times as much. A submitted audit never changes, so the strengths in its
 * summary (capable or confident, as skillProfileFrom says) are read once per response and
 * kept; only a champion's new audit costs a second query.
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

  return {
    async activeChampions() {
      const { rows } = await sql<{ pool: PoolEntry[] | null }>`
        select json_agg(json_build_array(
                 c.person_id, p.display_name, p.email, coalesce(c.site_id, p.site_id), coalesce(c.service_id, p.service_id),
                 c.working_days, c.capacity, c.specialisms, coalesce(m.count, 0) + coalesce(h.count, 0), latest.id)
               order by c.person_id) as pool
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
      const pool = rows[0]?.pool ?? [];
      await rememberStrengths(pool.flatMap((entry) => (entry[9] ? [entry[9]] : [])));
      return pool.map(
        ([personId, displayName, email, siteId, serviceId, workingDays, capacity, specialisms, load, responseId]): PooledChampion => ({
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
    },
  };
}
