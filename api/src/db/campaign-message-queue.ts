import { sql } from 'kysely';
import { councilDate } from '../domain/audit/campaign-window.js';
import type { CampaignMessageQueue, ClaimedMessage } from '../domain/audit/campaigns/campaign-repository.js';
import { CAMPAIGN_CLOSED } from '../domain/audit/campaigns/plan-campaign-messages.js';
import type { Db } from './database.js';
import type { CampaignMessageStatus } from './schema.js';

/**
 * campaign_messages as a work queue. Claims take a row lock with SKIP LOCKED, so any
 * number of senders, in one process or several, never take the same message; the unique
 * (campaign, person, step) key means a message is never written twice.
 *
 * While a message is `sending`, next_attempt_at holds when it was claimed: that is how a
 * later start-up tells a message abandoned by a stopped server from one in flight.
 */

async function claimedDetails(db: Db, id: number): Promise<ClaimedMessage | undefined> {
  const row = await db
    .selectFrom('campaign_messages as m')
    .innerJoin('audit_campaigns as c', 'c.id', 'm.campaign_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('audit_responses as r', (join) => join.onRef('r.campaign_id', '=', 'm.campaign_id').onRef('r.person_id', '=', 'm.person_id'))
    .select([
      'm.id',
      'm.step',
      'm.attempts',
      'c.id as campaign_id',
      'c.name as campaign_name',
      'c.closes_on',
      'c.status as campaign_status',
      'p.id as person_id',
      'p.display_name',
      'p.entra_object_id',
      'p.status as person_status',
      'r.status as response_status',
    ])
    .where('m.id', '=', String(id))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: Number(row.id),
    step: row.step,
    attempts: row.attempts,
    campaign: { id: row.campaign_id, name: row.campaign_name, closesOn: row.closes_on, status: row.campaign_status },
    person: { id: row.person_id, displayName: row.display_name, entraObjectId: row.entra_object_id, active: row.person_status === 'active' },
    responseStatus: row.response_status,
  };
}

export function createCampaignMessageQueue(db: Db): CampaignMessageQueue {
  return {
    async claimNext(now) {
      const claimed = await db
        .updateTable('campaign_messages')
        .set({ status: 'sending', next_attempt_at: now })
        .where('id', '=', (eb) =>
          eb
            .selectFrom('campaign_messages')
            .select('id')
            .where('status', '=', 'pending')
            .where('next_attempt_at', '<=', now)
            .orderBy('next_attempt_at')
            .orderBy('id')
            .limit(1)
            .forUpdate()
            .skipLocked(),
        )
        .returning('id')
        .executeTakeFirst();
      return claimed ? claimedDetails(db, Number(claimed.id)) : undefined;
    },

    async markSent(id, at) {
      await db
        .updateTable('campaign_messages')
        .set((eb) => ({ status: 'sent', sent_at: at, last_error: null, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', String(id))
        .where('status', '=', 'sending')
        .execute();
    },

    async retryAt(id, at, reason, { countsAttempt }) {
      // A campaign HR closed while this was in flight gets no second try: skipped, as closing skipped the rest.
      // The share lock waits for a close in progress, so its outcome is seen, never missed.
      const closed = sql<boolean>`(select c.status from audit_campaigns c where c.id = campaign_messages.campaign_id for share) <> 'launched'`;
      await db
        .updateTable('campaign_messages')
        .set((eb) => ({
          status: eb.case().when(closed).then(sql<CampaignMessageStatus>`'skipped'`).else(sql<CampaignMessageStatus>`'pending'`).end(),
          next_attempt_at: at,
          last_error: eb.case().when(closed).then(CAMPAIGN_CLOSED).else(reason).end(),
          attempts: eb('attempts', '+', countsAttempt ? 1 : 0),
        }))
        .where('id', '=', String(id))
        .where('status', '=', 'sending')
        .execute();
    },

    async finish(id, status, reason, { countsAttempt }) {
      await db
        .updateTable('campaign_messages')
        .set((eb) => ({ status, last_error: reason, attempts: eb('attempts', '+', countsAttempt ? 1 : 0) }))
        .where('id', '=', String(id))
        .where('status', '=', 'sending')
        .execute();
    },

    async nextDueAt() {
      const row = await db
        .selectFrom('campaign_messages')
        .select(sql<Date | null>`min(next_attempt_at)`.as('at'))
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return row.at ?? undefined;
    },

    async failInterrupted(claimedBefore, reason) {
      const result = await db
        .updateTable('campaign_messages')
        .set({ status: 'failed', last_error: reason })
        .where('status', '=', 'sending')
        .where('next_attempt_at', '<', claimedBefore)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async openCampaigns(today) {
      const rows = await db
        .selectFrom('audit_campaigns')
        .select(['id', 'opens_on', 'closes_on', 'reminder_days', 'launched_at'])
        .where('status', '=', 'launched')
        .where('opens_on', '<=', today)
        .where('closes_on', '>=', today)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        opensOn: row.opens_on,
        closesOn: row.closes_on,
        reminderDays: row.reminder_days,
        launchedOn: row.launched_at ? councilDate(row.launched_at) : null,
      }));
    },

    async createStep(campaignId, step, firstAttemptAt, audience) {
      // A step is written in one statement, so one row of it means all of it is there.
      const written = await db
        .selectFrom('campaign_messages')
        .select('id')
        .where('campaign_id', '=', campaignId)
        .where('step', '=', step)
        .limit(1)
        .executeTakeFirst();
      if (written) return 0;
      const result = await db
        .insertInto('campaign_messages')
        .columns(['campaign_id', 'person_id', 'step', 'next_attempt_at'])
        .expression((eb) => {
          let members = eb
            .selectFrom('audit_campaign_members as m')
            .innerJoin('people as p', 'p.id', 'm.person_id')
            .select(['m.campaign_id', 'm.person_id', sql<string>`${step}`.as('step'), sql<Date>`${firstAttemptAt}::timestamptz`.as('next_attempt_at')])
            .where('m.campaign_id', '=', campaignId)
            .where('p.status', '=', 'active');
          if (audience === 'not-submitted') {
            members = members.where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom('audit_responses as r')
                    .select('r.id')
                    .whereRef('r.campaign_id', '=', 'm.campaign_id')
                    .whereRef('r.person_id', '=', 'm.person_id')
                    .where('r.status', '=', 'submitted'),
                ),
              ),
            );
          }
          return members;
        })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0);
    },
  };
}
