import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from './cards/adaptive-card.js';

/**
 * How a capability teaches the bot: a feature answers the commands it owns (typed, or sent
 * by an Action.Submit button) and the Action.Execute verbs it owns. The hub bot asks each
 * feature in turn and falls back to the help card, so features never edit each other.
 */
export interface BotFeature {
  /** Handles `command` and returns true when it is this feature's; false leaves it to the next. */
  onMessage?(context: TurnContext, command: string): Promise<boolean>;
  /**
   * Handles an Action.Execute press (`adaptiveCard/action` invoke). Returns the answer to
   * show in place of the card, or undefined when the verb is not this feature's.
   */
  onCardAction?(context: TurnContext, verb: string, data: unknown): Promise<AdaptiveCardInvokeResponse | undefined>;
}

/** The invoke answer that replaces the pressed card with `card`. */
export function cardInvokeResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as unknown as Record<string, unknown> };
}

/** The invoke answer that shows a short message in place of the card (Teams keeps the card). */
export function messageInvokeResponse(message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as unknown as Record<string, unknown> };
}
