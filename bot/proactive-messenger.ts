import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { BotConfig } from '../api/src/config.js';
import type { CampaignMessage, CampaignMessenger, SendOutcome } from '../api/src/domain/audit/campaigns/campaign-messenger.js';
import { INVITATION } from '../api/src/domain/audit/campaigns/plan-campaign-messages.js';
import type { ConversationReferenceStore } from '../api/src/domain/shared/conversation-references.js';
import { cardMessage } from './card-message.js';
import { createBotAdapter } from './create-bot-adapter.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import { buildCampaignInvitationCard } from './cards/campaign-invitation-card.js';
import { buildCampaignReminderCard } from './cards/campaign-reminder-card.js';

/**
 * Sends campaign messages into each person's personal chat with the bot, through the bot
 * adapter and the conversation reference stored when the person last talked to the bot
 * (or Teams installed the app for them). It only reports what happened; the sending job
 * decides whether to retry, wait or give up.
 */

export interface ProactiveMessengerDependencies {
  adapter: CloudAdapter;
  botAppId: string | undefined;
  conversations: ConversationReferenceStore;
  /** The audit's start page in the tab, for the cards' link; without it they only offer the chat. */
  auditTabUrl?: string | undefined;
}

/** A stored reference is usable when it names its conversation; the rest is kept as the channel gave it. */
const namesItsConversation = z.looseObject({ conversation: z.looseObject({ id: z.string().min(1) }) });
const storedReference = z.custom<Partial<ConversationReference>>((value) => namesItsConversation.safeParse(value).success);

function cardFor(message: CampaignMessage, tabUrl: string | undefined): AdaptiveCard {
  const input = { displayName: message.person.displayName, campaignName: message.campaign.name, closesOn: message.campaign.closesOn, tabUrl };
  return message.step === INVITATION ? buildCampaignInvitationCard(input) : buildCampaignReminderCard({ ...input, started: message.started });
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

function headerOf(error: unknown, name: string): string | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const response: unknown = error.response;
  if (typeof response !== 'object' || response === null || !('headers' in response)) return undefined;
  const headers: unknown = response.headers;
  if (typeof headers !== 'object' || headers === null || !('get' in headers) || typeof headers.get !== 'function') return undefined;
  const value: unknown = headers.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * The connector has already retried 429s (after their Retry-After) and 5xx a few times
 * before this sees the error; what is left is decided here.
 */
export function outcomeOfError(error: unknown, now: Date): SendOutcome {
  const status = statusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 429) return { kind: 'throttled', retryAfterMs: parseRetryAfter(headerOf(error, 'retry-after'), now) };
  if (status === undefined || status === 408 || status >= 500) {
    return { kind: 'transient', reason: status === undefined ? `Could not reach Teams: ${detail}` : `Teams answered ${status}: ${detail}` };
  }
  return { kind: 'permanent', reason: `Teams refused the message (${status}): ${detail}` };
}

export function createProactiveMessenger(deps: ProactiveMessengerDependencies): CampaignMessenger {
  return {
    async send(message) {
      const conversation = await deps.conversations.findPersonal(message.person.id);
      if (!conversation) return { kind: 'no-conversation' };
      const parsed = storedReference.safeParse(conversation.reference);
      if (!parsed.success) return { kind: 'permanent', reason: 'The stored conversation with them cannot be used; they should open the app once' };

      // Kept whole as the channel gave it; the row's service URL is the one to use now.
      const reference: Partial<ConversationReference> = { ...parsed.data, serviceUrl: conversation.serviceUrl };
      let outcome: SendOutcome = { kind: 'sent' };
      await deps.adapter.continueConversationAsync(deps.botAppId ?? '', reference, async (context) => {
        // Caught here, inside the turn: the error is an outcome to record, not a turn to apologise for.
        try {
          await context.sendActivity(cardMessage(cardFor(message, deps.auditTabUrl)));
        } catch (error) {
          outcome = outcomeOfError(error, new Date());
        }
      });
      return outcome;
    },
  };
}

/** The messenger the server's sending jobs use, on a bot adapter set up from the bot's configuration. */
export function createCampaignMessenger(options: {
  config: BotConfig;
  logger: Logger;
  conversations: ConversationReferenceStore;
  auditTabUrl?: string | undefined;
}): CampaignMessenger {
  return createProactiveMessenger({
    adapter: createBotAdapter(options.config, options.logger),
    botAppId: options.config.appId,
    conversations: options.conversations,
    auditTabUrl: options.auditTabUrl,
  });
}
