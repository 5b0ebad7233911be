import type { Logger } from 'pino';
import type { ObjectiveReminder, ObjectiveReminderSender } from '../api/src/domain/objectives/reminders/objective-reminder-facts.js';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import type { ObjectiveTabLinks } from './cards/objective-card-parts.js';
import { buildAgreeByReminderCard, buildCheckInReminderCard, buildWaitingReminderCard } from './cards/objective-reminder-cards.js';
import { sendReminderCard } from './send-reminder-card.js';

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

/** Sends the scheduled objective reminders as cards in each person's chat with the bot. */
export function createObjectiveReminderSender(deps: ObjectiveReminderSenderDependencies): ObjectiveReminderSender {
  return {
    send(reminder) {
      const { personId, topic, subjectId, period } = reminder.key;
      return sendReminderCard(deps, {
        personId,
        card: cardFor(reminder, deps.links),
        what: 'objective reminder',
        where: { personId, topic, subjectId, period },
      });
    },
  };
}
