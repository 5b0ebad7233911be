import { sql, type RawBuilder } from 'kysely';
import type { HelpRequestStatus } from '../contracts/help-requests.js';
import type { HelpRequestRecord, OfferOutcome, RequestPerson } from '../domain/champions/help-requests/help-request-repository.js';
import type { Db } from './database.js';

/**
 * Reading help requests: each with its people, its offers and the guides for its skill, in
 * one query whatever the number of requests.
 */

/** Published guides shown with a request. */
const GUIDES_PER_REQUEST = 5;

interface OfferJson extends RequestPerson {
  offeredAt: string;
  outcome: OfferOutcome;
  decidedAt: string | null;
}

interface RequestRow {
  id: string;
  category_key: string;
  question: string;
  channel: 'tab' | 'bot';
  status: HelpRequestStatus;
  offer_number: number;
  offer_expires_at: Date | null;
  claimed_at: Date | null;
  resolved_at: Date | null;
  resolution_note: string | null;
  minutes_spent: number | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Date | null;
  cancelled_at: Date | null;
  created_at: Date;
  requester: RequestPerson;
  offered_to: RequestPerson | null;
  claimed_by: RequestPerson | null;
  offers: OfferJson[];
  guides: { id: string; title: string }[];
}

const person = (alias: string): RawBuilder<RequestPerson | null> =>
  sql`case when ${sql.ref(`${alias}.id`)} is null then null
      else json_build_object('id', ${sql.ref(`${alias}.id`)}, 'displayName', ${sql.ref(`${alias}.display_name`)}, 'email', ${sql.ref(`${alias}.email`)}) end`;

/** Requests matching `where`, in `orderBy` order, with everything a HelpRequestRecord holds. */
export async function selectRequests(
  db: Db,
  where: RawBuilder<unknown>,
  options: { orderBy?: RawBuilder<unknown>; limit?: number; offset?: number } = {},
): Promise<HelpRequestRecord[]> {
  const { rows } = await sql<RequestRow>`
    select h.id, h.category_key, h.question, h.channel, h.status, h.offer_number, h.offer_expires_at, h.claimed_at, h.resolved_at,
      h.resolution_note, h.minutes_spent, h.rating, h.rating_comment, h.rated_at, h.cancelled_at, h.created_at,
      ${person('rq')} as requester, ${person('ot')} as offered_to, ${person('cb')} as claimed_by,
      (select coalesce(json_agg(json_build_object('id', p.id, 'displayName', p.display_name, 'email', p.email,
                 'offeredAt', o.offered_at, 'outcome', o.outcome, 'decidedAt', o.decided_at)
               order by o.offered_at, o.decided_at nulls last, o.champion_id), '[]'::json)
       from help_request_offers o join people p on p.id = o.champion_id where o.request_id = h.id) as offers,
      (select coalesce(json_agg(json_build_object('id', g.id, 'title', g.title)), '[]'::json)
       from (select g.id, g.title from how_to_guides g
             where g.status = 'published' and h.category_key = any (g.category_keys)
             order by g.published_at desc nulls last, g.title limit ${GUIDES_PER_REQUEST}) g) as guides
    from help_requests h
    join people rq on rq.id = h.requester_id
    left join people ot on ot.id = h.offered_to
    left join people cb on cb.id = h.claimed_by
    where ${where}
    order by ${options.orderBy ?? sql`h.created_at desc, h.id`}
    ${options.limit === undefined ? sql`` : sql`limit ${options.limit}`}
    ${options.offset === undefined ? sql`` : sql`offset ${options.offset}`}`.execute(db);
  return rows.map(toRecord);
}

function toRecord(row: RequestRow): HelpRequestRecord {
  if (!row.requester) throw new Error(`help request ${row.id} has no requester`);
  return {
    id: row.id,
    requester: row.requester,
    categoryKey: row.category_key,
    question: row.question,
    channel: row.channel,
    status: row.status,
    offeredTo: row.offered_to,
    offerNumber: row.offer_number,
    offerExpiresAt: row.offer_expires_at,
    claimedBy: row.claimed_by,
    claimedAt: row.claimed_at,
    resolvedAt: row.resolved_at,
    resolutionNote: row.resolution_note,
    minutesSpent: row.minutes_spent,
    rating: row.rating,
    ratingComment: row.rating_comment,
    ratedAt: row.rated_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    offers: row.offers.map((offer) => ({
      champion: { id: offer.id, displayName: offer.displayName, email: offer.email },
      offeredAt: new Date(offer.offeredAt),
      outcome: offer.outcome,
      decidedAt: offer.decidedAt === null ? null : new Date(offer.decidedAt),
    })),
    guides: row.guides,
  };
}

/** How many open-to-all requests a champion's queue shows at most (the oldest first: they have waited longest). */
const OPEN_TO_ALL_SHOWN = 100;

export async function queueFor(db: Db, championId: string) {
  const [offeredToMe, openToAll, mine] = await Promise.all([
    selectRequests(db, sql`h.status = 'offered' and h.offered_to = ${championId}`, { orderBy: sql`h.created_at, h.id` }),
    selectRequests(db, sql`h.status = 'open-to-all' and h.requester_id <> ${championId}`, { orderBy: sql`h.created_at, h.id`, limit: OPEN_TO_ALL_SHOWN }),
    selectRequests(db, sql`h.status = 'claimed' and h.claimed_by = ${championId}`, { orderBy: sql`h.claimed_at, h.id` }),
  ]);
  return { offeredToMe, openToAll, mine };
}

export async function listForRequester(db: Db, requesterId: string, page: { limit: number; offset: number }) {
  const [items, count] = await Promise.all([
    selectRequests(db, sql`h.requester_id = ${requesterId}`, { limit: page.limit, offset: page.offset }),
    db.selectFrom('help_requests').select(sql<number>`count(*)::int`.as('total')).where('requester_id', '=', requesterId).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.total };
}
