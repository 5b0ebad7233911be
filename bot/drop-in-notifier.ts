import type { Logger } from 'pino';
import type { DropInNotice, DropInNotifier } from '../api/src/domain/champions/drop-ins/drop-in-notifier.js';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import { buildDropInCancelledCard } from './cards/drop-in-cancelled-card.js';
import { buildDropInRegisteredCard } from './cards/drop-in-registered-card.js';
import { buildDropInReminderCard } from './cards/drop-in-reminder-card.js';

export interface DropInNotifierDependencies {
  cardSender: CardSender;
  logger: Logger;
  /** The drop-ins page in the tab (a Teams deep link), for the cards' link. */
  tabUrl?: string | undefined;
}

/**
 * Tells people about drop-ins in their personal chat with the bot. What it says about is
 * already saved; a card that cannot be delivered is logged, never thrown, so a booking or
 * a cancellation is never undone by Teams being unreachable.
 */
export function createDropInNotifier(deps: DropInNotifierDependencies): DropInNotifier {
  async function send(notice: DropInNotice, what: string, card: AdaptiveCard): Promise<void> {
    const where = { personId: notice.person.id, dropInId: notice.dropIn.id, what };
    try {
      const sent = await deps.cardSender.toPerson(notice.person.id, card);
      if (!sent) deps.logger.info(where, 'no personal chat with the bot to send the drop-in card to');
    } catch (error) {
      deps.logger.warn({ ...where, err: error }, 'could not send the drop-in card');
    }
  }

  const input = (notice: DropInNotice) => ({ displayName: notice.person.displayName, dropIn: notice.dropIn, tabUrl: deps.tabUrl });
  return {
    registered: (notice) => send(notice, 'registered', buildDropInRegisteredCard(input(notice))),
    reminder: (notice) => send(notice, 'reminder', buildDropInReminderCard(input(notice))),
    cancelled: (notice, reason) => send(notice, 'cancelled', buildDropInCancelledCard({ ...input(notice), reason })),
  };
}
