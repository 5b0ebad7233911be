import { sql } from 'kysely';
import type {
  ChampionDashboardRepository,
  ChampionWork,
  CoverageRecord,
  PeriodStart,
  RequestFigures,
} from '../domain/champions/dashboards/dashboard-repository.js';
import type { Db } from './database.js';
import { requestFigures } from './champion-request-figures.js';

/**
 * The champions' dashboards, counted by PostgreSQL. Counts come back as bigint (read as
 * numbers, see database.ts) and averages are cast to float8 so they arrive as numbers too.
 */

async function work(db: Db, personId: string, since: PeriodStart | null): Promise<ChampionWork> {
  const resolvedSince = since ? sql`and resolved_at >= ${since.at}` : sql``;
  const loggedSince = since ? sql`and happened_on >= ${since.date}::date` : sql``;
  const ratedSince = since ? sql`and rated_at >= ${since.at}` : sql``;
  // A resolved request may also be in the support log (the bot logs it): its person and
  // minutes are then counted once, from the request and from the log respectively.
  const { rows } = await sql<ChampionWork>`
    with resolved as (
      select id, requester_id, minutes_spent from help_requests
      where claimed_by = ${personId} and status = 'resolved' ${resolvedSince}
    ),
    logged as (
      select minutes, people_helped, help_request_id from support_sessions
      where champion_id = ${personId} ${loggedSince}
    ),
    rated as (
      select rating from help_requests
      where claimed_by = ${personId} and rating is not null ${ratedSince}
    )
    select
      (select count(distinct requester_id) from resolved)
        + (select coalesce(sum(people_helped), 0) from logged where help_request_id is null) as "peopleHelped",
      (select count(*) from resolved) as "requestsResolved",
      (select coalesce(sum(minutes), 0) from logged)
        + (select coalesce(sum(r.minutes_spent), 0) from resolved r
           where not exists (select 1 from support_sessions s where s.help_request_id = r.id)) as "minutes",
      (select count(*) from logged where help_request_id is null) as "supportSessions",
      (select avg(rating)::float8 from rated) as "averageRating",
      (select count(*) from rated) as "ratingCount"
  `.execute(db);
  const row = rows[0]!;
  return {
    peopleHelped: Number(row.peopleHelped),
    requestsResolved: Number(row.requestsResolved),
    minutes: Number(row.minutes),
    supportSessions: Number(row.supportSessions),
    averageRating: row.averageRating,
    ratingCount: Number(row.ratingCount),
  };
}

const PLACES = {
  service: { table: 'services', column: 'service_id' },
  site: { table: 'sites', column: 'site_id' },
} as const;

/**
 * Active staff and champions per service or site, with one row for people the directory
 * puts in none. A champion counts where their profile says they help, else where the
 * directory has them. Places with neither staff nor champions are left out.
 */
async function coverage(db: Db, by: 'service' | 'site'): Promise<CoverageRecord[]> {
  const table = sql.table(PLACES[by].table);
  const column = sql.ref(PLACES[by].column);
  const championColumn = sql.ref(`c.${PLACES[by].column}`);
  const personColumn = sql.ref(`p.${PLACES[by].column}`);
  const { rows } = await sql<CoverageRecord>`
    with staff as (
      select ${column} as place_id, count(*) as n from people where status = 'active' group by 1
    ),
    champs as (
      select coalesce(${championColumn}, ${personColumn}) as place_id,
        count(*) filter (where c.status = 'active') as active,
        count(*) filter (where c.status = 'paused') as paused
      from champions c join people p on p.id = c.person_id
      where p.status = 'active' and c.status in ('active', 'paused')
      group by 1
    ),
    places as (
      select t.id, t.name from ${table} t
      union all
      select null::uuid, null::text
    )
    select places.id, places.name,
      coalesce(staff.n, 0)::int as staff,
      coalesce(champs.active, 0)::int as champions,
      coalesce(champs.paused, 0)::int as "pausedChampions"
    from places
      left join staff on staff.place_id is not distinct from places.id
      left join champs on champs.place_id is not distinct from places.id
    where coalesce(staff.n, 0) > 0 or coalesce(champs.active, 0) + coalesce(champs.paused, 0) > 0
  `.execute(db);
  return rows;
}

export function createChampionDashboardRepository(db: Db): ChampionDashboardRepository {
  return {
    async champion(personId) {
      const row = await db
        .selectFrom('champions as c')
        .innerJoin('people as p', 'p.id', 'c.person_id')
        .select(['p.display_name as displayName', 'c.status'])
        .where('c.person_id', '=', personId)
        .executeTakeFirst();
      return row;
    },

    async queueCounts(personId) {
      const row = await db
        .selectFrom('help_requests')
        .select([
          sql<number>`count(*) filter (where status = 'offered' and offered_to = ${personId})::int`.as('offeredToMe'),
          // Their own requests are not theirs to pick up.
          sql<number>`count(*) filter (where status = 'open-to-all' and requester_id <> ${personId})::int`.as('openToAll'),
          sql<number>`count(*) filter (where status = 'claimed' and claimed_by = ${personId})::int`.as('helping'),
        ])
        .where('status', 'in', ['offered', 'open-to-all', 'claimed'])
        .executeTakeFirstOrThrow();
      return row;
    },

    work: (personId, since) => work(db, personId, since),

    async recentRatings(personId, limit) {
      const rows = await db
        .selectFrom('help_requests')
        .select(['id', 'category_key', 'rating', 'rating_comment', 'rated_at'])
        .where('claimed_by', '=', personId)
        .where('rating', 'is not', null)
        .where('rated_at', 'is not', null)
        .orderBy('rated_at', 'desc')
        .limit(limit)
        .$narrowType<{ rating: number; rated_at: Date }>()
        .execute();
      return rows.map((row) => ({
        requestId: row.id,
        categoryKey: row.category_key,
        rating: row.rating,
        comment: row.rating_comment,
        ratedAt: row.rated_at,
      }));
    },

    coverage: (by) => coverage(db, by),

    async championCounts() {
      const { rows } = await sql<{ staff: number; champions: number; pausedChampions: number; waitingForApproval: number }>`
        select
          (select count(*) from people where status = 'active')::int as staff,
          count(*) filter (where c.status = 'active')::int as champions,
          count(*) filter (where c.status = 'paused')::int as "pausedChampions",
          count(*) filter (where c.status = 'volunteered')::int as "waitingForApproval"
        from champions c join people p on p.id = c.person_id and p.status = 'active'
      `.execute(db);
      return rows[0]!;
    },

    requestFigures: (period): Promise<RequestFigures> => requestFigures(db, period),
  };
}
