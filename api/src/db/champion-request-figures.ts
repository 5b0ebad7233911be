import { sql } from 'kysely';
import type { RequestFigures } from '../domain/champions/dashboards/dashboard-repository.js';
import type { Db } from './database.js';

interface Period {
  from: Date;
  to: Date;
}

/** A median of elapsed minutes, worked out by PostgreSQL (percentile_cont interpolates an even count). */
async function medianMinutes(db: Db, startColumn: 'created_at', endColumn: 'claimed_at' | 'resolved_at', period: Period) {
  const start = sql.ref(startColumn);
  const end = sql.ref(endColumn);
  const { rows } = await sql<{ median: number | null; count: number }>`
    select
      percentile_cont(0.5) within group (order by extract(epoch from ${end} - ${start}) / 60)::float8 as median,
      count(*)::int as count
    from help_requests
    where ${end} >= ${period.from} and ${end} < ${period.to}
      ${endColumn === 'resolved_at' ? sql`and status = 'resolved'` : sql``}
  `.execute(db);
  const row = rows[0]!;
  return { medianMinutes: row.median, count: row.count };
}

/**
 * The digital team's request figures: what is waiting now, then what happened in the
 * period — requests asked (by outcome and category), how long claiming and resolving took,
 * and the ratings given.
 */
export async function requestFigures(db: Db, period: Period): Promise<RequestFigures> {
  const asked = sql`created_at >= ${period.from} and created_at < ${period.to}`;
  const [unanswered, requests, timeToClaim, timeToResolve, byCategory, ratings] = await Promise.all([
    sql<{ offered: number; openToAll: number; oldestAskedAt: Date | null }>`
      select
        count(*) filter (where status = 'offered')::int as offered,
        count(*) filter (where status = 'open-to-all')::int as "openToAll",
        min(created_at) as "oldestAskedAt"
      from help_requests where status in ('offered', 'open-to-all')
    `.execute(db),
    sql<RequestFigures['requests']>`
      select
        count(*)::int as asked,
        count(*) filter (where claimed_at is not null)::int as claimed,
        count(*) filter (where status = 'resolved')::int as resolved,
        count(*) filter (where status = 'cancelled')::int as cancelled
      from help_requests where ${asked}
    `.execute(db),
    medianMinutes(db, 'created_at', 'claimed_at', period),
    medianMinutes(db, 'created_at', 'resolved_at', period),
    sql<RequestFigures['byCategory'][number]>`
      select category_key as "categoryKey", count(*)::int as asked, count(*) filter (where status = 'resolved')::int as resolved
      from help_requests where ${asked}
      group by category_key
      order by asked desc, category_key
    `.execute(db),
    sql<RequestFigures['ratings']>`
      select avg(rating)::float8 as average, count(*)::int as count
      from help_requests where rating is not null and rated_at >= ${period.from} and rated_at < ${period.to}
    `.execute(db),
  ]);
  return {
    unanswered: unanswered.rows[0]!,
    requests: requests.rows[0]!,
    timeToClaim,
    timeToResolve,
    byCategory: byCategory.rows,
    ratings: ratings.rows[0]!,
  };
}
