import { sql, type Transaction } from 'kysely';
import type { HelpRequestRepository, NextOffer } from '../domain/champions/help-requests/help-request-repository.js';
import type { Db } from './database.js';
import type { Database } from './schema.js';
import { listForRequester, queueFor, selectRequests } from './help-request-reads.js';

type Trx = Transaction<Database>;

async function insertOffer(trx: Trx, requestId: string, offer: NextOffer, at: Date): Promise<void> {
  await trx.insertInto('help_request_offers').values({ request_id: requestId, champion_id: offer.championId, offered_at: at }).execute();
}

/** Closes whatever offer of the request is still pending for `championId` (or for anyone, without one). */
async function decidePendingOffer(trx: Trx, requestId: string, outcome: 'accepted' | 'passed' | 'expired' | 'withdrawn', at: Date, championId?: string) {
  let query = trx
    .updateTable('help_request_offers')
    .set({ outcome, decided_at: at })
    .where('request_id', '=', requestId)
    .where('outcome', '=', 'pending');
  if (championId) query = query.where('champion_id', '=', championId);
  await query.execute();
}

/**
 * Help requests in PostgreSQL. Each change is one transaction whose first statement is a
 * conditional UPDATE of the request row: when two people race (two Accepts, an Accept and
 * the escalation job, a Pass and a Cancel), the second waits for the first's row lock, finds
 * the row no longer matches, changes nothing and gets false.
 */
export function createHelpRequestRepository(db: Db): HelpRequestRepository {
  return {
    async currentFrameworkVersionId() {
      const row = await db.selectFrom('framework_versions').select('id').orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row?.id;
    },

    async siteOf(personId) {
      const row = await db.selectFrom('people').select('site_id').where('id', '=', personId).executeTakeFirst();
      return row?.site_id ?? null;
    },

    create(request) {
      return db.transaction().execute(async (trx) => {
        const { offer, at } = request;
        const row = await trx
          .insertInto('help_requests')
          .values({
            requester_id: request.requesterId,
            category_key: request.categoryKey,
            question: request.question,
            channel: request.channel,
            status: offer ? 'offered' : 'open-to-all',
            offered_to: offer?.championId ?? null,
            offer_number: offer ? 1 : 0,
            offer_expires_at: offer?.expiresAt ?? null,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (offer) await insertOffer(trx, row.id, offer, at);
        return row.id;
      });
    },

    async find(requestId) {
      const [record] = await selectRequests(db, sql`h.id = ${requestId}`);
      return record;
    },

    claim(requestId, championId, at) {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable('help_requests')
          .set({ status: 'claimed', claimed_by: championId, claimed_at: at, offered_to: null, offer_expires_at: null, updated_at: at })
          .where('id', '=', requestId)
          .where('requester_id', '<>', championId)
          .where((eb) => eb.or([eb.and([eb('status', '=', 'offered'), eb('offered_to', '=', championId)]), eb('status', '=', 'open-to-all')]))
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('champions as c')
                .innerJoin('people as p', 'p.id', 'c.person_id')
                .select(sql`1`.as('one'))
                .where('c.person_id', '=', championId)
                .where('c.status', '=', 'active')
                .where('p.status', '=', 'active'),
            ),
          )
          .returning('id')
          .executeTakeFirst();
        if (!claimed) return false;
        await decidePendingOffer(trx, requestId, 'accepted', at, championId);
        return true;
      });
    },

    endOffer({ requestId, championId, outcome, at, next }) {
      return db.transaction().execute(async (trx) => {
        let update = trx
          .updateTable('help_requests')
          .set({
            status: next ? 'offered' : 'open-to-all',
            offered_to: next?.championId ?? null,
            offer_expires_at: next?.expiresAt ?? null,
            offer_number: next ? sql<number>`offer_number + 1` : sql<number>`offer_number`,
            updated_at: at,
          })
          .where('id', '=', requestId)
          .where('status', '=', 'offered')
          .where('offered_to', '=', championId);
        // The job may only end an offer whose time is up, even if the champion's deadline moved meanwhile.
        if (outcome === 'expired') update = update.where('offer_expires_at', '<=', at);
        const ended = await update.returning('id').executeTakeFirst();
        if (!ended) return false;
        await decidePendingOffer(trx, requestId, outcome, at, championId);
        if (next) await insertOffer(trx, requestId, next, at);
        return true;
      });
    },

    cancel(requestId, requesterId, at) {
      return db.transaction().execute(async (trx) => {
        const cancelled = await trx
          .updateTable('help_requests')
          .set({ status: 'cancelled', cancelled_at: at, offered_to: null, offer_expires_at: null, updated_at: at })
          .where('id', '=', requestId)
          .where('requester_id', '=', requesterId)
          .where('status', 'in', ['offered', 'open-to-all', 'claimed'])
          .returning('id')
          .executeTakeFirst();
        if (!cancelled) return false;
        await decidePendingOffer(trx, requestId, 'withdrawn', at);
        return true;
      });
    },

    resolve(requestId, championId, { note, minutesSpent, at, happenedOn }) {
      return db.transaction().execute(async (trx) => {
        const resolved = await trx
          .updateTable('help_requests')
          .set({ status: 'resolved', resolved_at: at, resolution_note: note, minutes_spent: minutesSpent, updated_at: at })
          .where('id', '=', requestId)
          .where('status', '=', 'claimed')
          .where('claimed_by', '=', championId)
          .returning(['id', 'category_key'])
          .executeTakeFirst();
        if (!resolved) return false;
        await trx
          .insertInto('support_sessions')
          .values({
            champion_id: championId,
            kind: 'help-request',
            happened_on: happenedOn,
            minutes: minutesSpent,
            people_helped: 1,
            category_keys: [resolved.category_key],
            note,
            help_request_id: requestId,
            created_at: at,
          })
          .execute();
        return true;
      });
    },

    async rate(requestId, requesterId, { rating, comment, at }) {
      const rated = await db
        .updateTable('help_requests')
        .set({ rating, rating_comment: comment, rated_at: at, updated_at: at })
        .where('id', '=', requestId)
        .where('requester_id', '=', requesterId)
        .where('status', '=', 'resolved')
        .where('rating', 'is', null)
        .returning('id')
        .executeTakeFirst();
      return rated !== undefined;
    },

    listForRequester: (requesterId, page) => listForRequester(db, requesterId, page),
    queueFor: (championId) => queueFor(db, championId),

    async dueOffers(at, limit) {
      const rows = await db
        .selectFrom('help_requests')
        .select('id')
        .where('status', '=', 'offered')
        .where('offer_expires_at', '<=', at)
        .orderBy('offer_expires_at')
        .limit(limit)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
