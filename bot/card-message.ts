import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from './cards/adaptive-card.js';

/** A message carrying one card, optionally with a line of text above it. */
export function cardMessage(card: AdaptiveCard, text?: string): Partial<Activity> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card), text);
  // Without a summary Teams shows "Sent a card" in notifications and the chat list.
  message.summary = card.fallbackText;
  return message;
}
