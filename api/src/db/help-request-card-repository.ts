import type { Db } from './database.js';

/**
 * Every card the bot showed about a help request, so that each can be brought up to date
 * when the request changes ("taken by Priya", "cancelled").
 */
export type HelpRequestCardAudience = 'requester' | 'champion' | 'channel';

export interface RecordedHelpRequestCard {
  requestId: string;
  conversationId: string;
  activityId: string;
  audience: HelpRequestCardAudience;
  /** Who sees it: the requester or the champion; null for a card in the champions' channel. */
  personId: string | null;
  serviceUrl: string;
}

export interface HelpRequestCardStore {
  /** Remembers a card; recording the same activity again changes nothing. */
  record(card: RecordedHelpRequestCard): Promise<void>;
  /** The request's cards, oldest first. */
  listForRequest(requestId: string): Promise<RecordedHelpRequestCard[]>;
  /**
   * The team conversation the bot heard from most recently: where requests open to every
   * champion go when the digital team has not named the champions' channel.
   */
  latestTeamConversationId(): Promise<string | undefined>;
}

export function createHelpRequestCardRepository(db: Db): HelpRequestCardStore {
  return {
    async record(card) {
      await db
        .insertInto('help_request_cards')
        .values({
          request_id: card.requestId,
          conversation_id: card.conversationId,
          activity_id: card.activityId,
          audience: card.audience,
          person_id: card.personId,
          service_url: card.serviceUrl,
        })
        .onConflict((conflict) => conflict.columns(['conversation_id', 'activity_id']).doNothing())
        .execute();
    },

    async listForRequest(requestId) {
      const rows = await db
        .selectFrom('help_request_cards')
        .selectAll()
        .where('request_id', '=', requestId)
        .orderBy('sent_at')
        .orderBy('activity_id')
        .execute();
      return rows.map((row) => ({
        requestId: row.request_id,
        conversationId: row.conversation_id,
        activityId: row.activity_id,
        audience: row.audience,
        personId: row.person_id,
        serviceUrl: row.service_url,
      }));
    },

    async latestTeamConversationId() {
      const row = await db
        .selectFrom('conversation_references')
        .select('conversation_id')
        .where('scope', '=', 'team')
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return row?.conversation_id;
    },
  };
}
