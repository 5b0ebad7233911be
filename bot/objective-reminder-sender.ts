import type { Logger } from 'pino';
import type { ObjectiveReminder, ObjectiveReminderSender } from '../api/src/domain/objectives/reminders/objective-reminder-facts.js';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import type { ObjectiveTabLinks } from './cards/objective-card-parts.js';
import { buildAgreeByReminderCard, buildCheckInReminderCard, buildWaitingReminderCard } from './cards/objective-reminder-cards.js';

export interface ObjectiveReminderSenderDependencies {
  cardSender: CardSender;
  logger: Logger;
  links?: ObjectiveTabLinks | undefined;
}

function cardFor(reminder: ObjectiveReminder, links: ObjectiveTabLinks | undefined): AdaptiveCard {
  switch (reminder.kind) {
    case 'waiting':
      return buildWaitingReminderCard({ objectives: reminder.objectives, links });
    case 'agree-by':
      return buildAgreeByReminderCard({ person: reminder.person, year: reminder.year, links });
    case 'check-in':
      return buildCheckInReminderCard({ objective: reminder.objective, audience: reminder.audience, dueOn: reminder.dueOn, links });
  }
}

/**
 * Sends the scheduled objective reminders as cards in each person's chat with the bot. A
 * reminder is claimed before it gets here, so one that cannot be delivered is logged and
 * not tried again: a late reminder is worth less than a doubled one.
 */
export function createObjectiveReminderSender(deps: ObjectiveReminderSenderDependencies): ObjectiveReminderSender {
  return {
    async send(reminder) {
      const where = { personId: reminder.key.personId, topic: reminder.key.topic, subjectId: reminder.key.subjectId, period: reminder.key.period };
      try {
        const sent = await deps.cardSender.toPerson(reminder.key.personId, cardFor(reminder, deps.links));
        if (!sent) deps.logger.info(where, 'no personal chat with the bot to send the objective reminder to');
        return sent !== undefined;
      } catch (error) {
        deps.logger.warn({ ...where, err: error }, 'could not send the objective reminder');
        return false;
      }
    },
  };
}
