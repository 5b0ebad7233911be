import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { ConversationReferenceStore, StoredConversation } from '../api/src/domain/shared/conversation-references.js';
import { cardMessage } from './card-message.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';

/**
 * Proactive cards for any feature: to a person's personal chat with the bot, to a team
 * channel the bot was installed in, and updates to a card already sent (so a card that is
 * out of date can say so). Errors are thrown to the caller, who decides what they mean.
 */

/** Where a sent card lives, so it can be updated later. */
export interface SentCard {
  conversationId: string;
  activityId: string;
  serviceUrl: string;
}

export interface CardSender {
  /** Undefined when the person has no personal chat with the bot yet (the app is not installed for them). */
  toPerson(personId: string, card: AdaptiveCard, text?: string): Promise<SentCard | undefined>;
  /** Undefined when the bot has never heard from that conversation. */
  toConversation(conversationId: string, card: AdaptiveCard, text?: string): Promise<SentCard | undefined>;
  update(sent: SentCard, card: AdaptiveCard): Promise<void>;
}

const namesItsConversation = z.looseObject({ conversation: z.looseObject({ id: z.string().min(1) }) });

function referenceOf(conversation: Pick<StoredConversation, 'reference' | 'serviceUrl'>): Partial<ConversationReference> {
  if (!namesItsConversation.safeParse(conversation.reference).success) {
    throw new Error('The stored conversation reference does not name its conversation');
  }
  // Kept whole as the channel gave it; the row's service URL is the one to use now.
  return { ...(conversation.reference as Partial<ConversationReference>), serviceUrl: conversation.serviceUrl };
}

export function createCardSender(deps: { adapter: CloudAdapter; botAppId: string | undefined; conversations: ConversationReferenceStore }): CardSender {
  const appId = deps.botAppId ?? '';

  async function send(conversation: StoredConversation, card: AdaptiveCard, text?: string): Promise<SentCard> {
    let activityId = '';
    await deps.adapter.continueConversationAsync(appId, referenceOf(conversation), async (context) => {
      const response = await context.sendActivity(cardMessage(card, text));
      activityId = response?.id ?? '';
    });
    return { conversationId: conversation.conversationId, activityId, serviceUrl: conversation.serviceUrl };
  }

  return {
    async toPerson(personId, card, text) {
      const conversation = await deps.conversations.findPersonal(personId);
      return conversation ? send(conversation, card, text) : undefined;
    },

    async toConversation(conversationId, card, text) {
      const conversation = await deps.conversations.find(conversationId);
      return conversation ? send(conversation, card, text) : undefined;
    },

    async update(sent, card) {
      const conversation = await deps.conversations.find(sent.conversationId);
      const reference = conversation
        ? referenceOf({ reference: conversation.reference, serviceUrl: sent.serviceUrl })
        : { conversation: { id: sent.conversationId, isGroup: false, conversationType: 'personal', name: '' }, serviceUrl: sent.serviceUrl };
      await deps.adapter.continueConversationAsync(appId, reference, async (context) => {
        await context.updateActivity({ ...cardMessage(card), id: sent.activityId });
      });
    },
  };
}
