import type { Logger } from 'pino';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';

/**
 * Sends a reminder card to a person's chat with the bot. A reminder is claimed before it
 * gets here, so one that cannot be delivered is logged and reported as not delivered, never
 * thrown: the rest of the run still goes out, and a late reminder is worth less than a
 * doubled one.
 */
export async function sendReminderCard(
  deps: { cardSender: CardSender; logger: Logger },
  reminder: { personId: string; card: AdaptiveCard; what: string; where: Record<string, string> },
): Promise<boolean> {
  const { personId, card, what, where } = reminder;
  try {
    const sent = await deps.cardSender.toPerson(personId, card);
    if (!sent) deps.logger.info(where, `no personal chat with the bot to send the ${what} to`);
    return sent !== undefined;
  } catch (error) {
    deps.logger.warn({ ...where, err: error }, `could not send the ${what}`);
    return false;
  }
}
