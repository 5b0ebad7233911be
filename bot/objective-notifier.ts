import type { Logger } from 'pino';
import type { ObjectiveNotice, ObjectiveNotifier } from '../api/src/domain/objectives/objective-notifier.js';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import type { ObjectiveTabLinks } from './cards/objective-card-parts.js';
import {
  buildObjectiveAgreedNoticeCard,
  buildObjectiveOutcomeNoticeCard,
  buildObjectiveReturnedNoticeCard,
  buildObjectiveReviewCard,
} from './cards/objective-cards.js';

export interface ObjectiveBotNotifierDependencies {
  cardSender: CardSender;
  logger: Logger;
  links?: ObjectiveTabLinks | undefined;
}

/**
 * Tells people about moves in the objective workflow, in their personal chat with the bot:
 * the line manager gets the proposal with Agree and Return, the person hears each answer.
 * The move is already committed; a card that cannot be delivered is logged, never thrown,
 * so Teams being unreachable never undoes an agreement. The tab shows the truth.
 */
export function createObjectiveNotifier(deps: ObjectiveBotNotifierDependencies): ObjectiveNotifier {
  const { cardSender, logger, links } = deps;

  async function send(personId: string, objective: ObjectiveNotice, what: string, card: AdaptiveCard): Promise<void> {
    const where = { personId, objectiveId: objective.id, what };
    try {
      const sent = await cardSender.toPerson(personId, card);
      if (!sent) logger.info(where, 'no personal chat with the bot to send the objective card to');
    } catch (error) {
      logger.warn({ ...where, err: error }, 'could not send the objective card');
    }
  }

  return {
    proposed: (objective, managerId) => send(managerId, objective, 'proposed', buildObjectiveReviewCard({ objective, links })),
    agreed: (objective, by) => send(objective.person.id, objective, 'agreed', buildObjectiveAgreedNoticeCard(objective, by, links)),
    returned: (objective, by) => send(objective.person.id, objective, 'returned', buildObjectiveReturnedNoticeCard(objective, by, links)),
    outcomeRecorded: (objective, by) => send(objective.person.id, objective, 'outcome', buildObjectiveOutcomeNoticeCard(objective, by, links)),
  };
}
