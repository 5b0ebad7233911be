import { sql } from 'kysely';
import type { ChampionWorkCounts } from '../domain/champions/home/champion-work.js';
import type { Db } from './database.js';

export function createChampionWorkCounts(db: Db): ChampionWorkCounts {
  return {
    async count(championId) {
      const { rows } = await sql<{ volunteers: number; unclaimed: number; guides: number; offered: number; helping: number }>`
        select
          (select count(*)::int from champions where status = 'volunteered') as volunteers,
          (select count(*)::int from help_requests where status in ('offered', 'open-to-all')) as unclaimed,
          (select count(*)::int from how_to_guides where status = 'submitted') as guides,
          (select count(*)::int from help_requests where status = 'offered' and offered_to = ${championId}) as offered,
          (select count(*)::int from help_requests where status = 'claimed' and claimed_by = ${championId}) as helping`.execute(db);
      const row = rows[0]!;
      return { volunteers: row.volunteers, unclaimedRequests: row.unclaimed, guidesToPublish: row.guides, offeredToMe: row.offered, helpingNow: row.helping };
    },
  };
}
