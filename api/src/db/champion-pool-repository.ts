import { sql } from 'kysely';
import type { ChampionPool, PooledChampion } from '../domain/champions/champion-pool.js';
import { skillProfileFrom } from '../domain/champions/skill-profile.js';
import type { Db } from './database.js';
import { latestAuditResults } from './latest-audit-results.js';

export function createChampionPool(db: Db): ChampionPool {
  return {
    async activeChampions() {
      const rows = await db
        .selectFrom('champions as c')
        .innerJoin('people as p', 'p.id', 'c.person_id')
        .where('c.status', '=', 'active')
        .where('p.status', '=', 'active')
        .select([
          'c.person_id',
          'p.display_name',
          'p.email',
          sql<string | null>`coalesce(c.site_id, p.site_id)`.as('site_id'),
          sql<string | null>`coalesce(c.service_id, p.service_id)`.as('service_id'),
          'c.working_days',
          'c.capacity',
          'c.specialisms',
          sql<number>`(select count(*)::int from champion_matches m where m.champion_id = c.person_id and m.status = 'active')
            + (select count(*)::int from help_requests h where h.claimed_by = c.person_id and h.status = 'claimed')`.as('load'),
        ])
        .orderBy('c.person_id')
        .execute();
      const audits = await latestAuditResults(db, rows.map((row) => row.person_id));
      return rows.map(
        (row): PooledChampion => ({
          personId: row.person_id,
          displayName: row.display_name,
          email: row.email,
          siteId: row.site_id,
          serviceId: row.service_id,
          workingDays: row.working_days,
          capacity: row.capacity,
          load: row.load,
          strengths: skillProfileFrom(audits.get(row.person_id)?.categories ?? []).strengths,
          specialisms: row.specialisms,
        }),
      );
    },
  };
}
