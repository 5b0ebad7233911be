import type { Logger } from 'pino';
import type { ServicePlanReminderSender } from '../api/src/domain/service-plans/service-plan-reminder-sender.js';
import type { ConversationReferenceStore } from '../api/src/domain/shared/conversation-references.js';
import { tabPageDeepLink } from './audit-tab-links.js';
import type { CardSender } from './card-sender.js';
import { buildServicePlanReminderCard } from './cards/service-plan-cards.js';

export interface ServicePlanReminderSenderDependencies {
  cardSender: CardSender;
  conversations: Pick<ConversationReferenceStore, 'findPersonal'>;
  logger: Logger;
  teamsAppId: string;
}

/** The service's plan page in the tab, as a Teams deep link. */
export function servicePlanTabLink(teamsAppId: string, serviceId: string): string {
  return tabPageDeepLink(teamsAppId, `/service-plans/view?serviceId=${encodeURIComponent(serviceId)}`);
}

/**
 * Reminds heads of service in their personal chat with the bot. A card that cannot be
 * delivered is logged and reported as not delivered, never thrown: the other heads on the
 * list are still reminded.
 */
export function createServicePlanReminderSender(deps: ServicePlanReminderSenderDependencies): ServicePlanReminderSender {
  return {
    async canReach(personId) {
      return (await deps.conversations.findPersonal(personId)) !== undefined;
    },

    async send(reminder) {
      const where = { personId: reminder.head.id, serviceId: reminder.service.id, yearId: reminder.year.id };
      const card = buildServicePlanReminderCard({ reminder, planUrl: servicePlanTabLink(deps.teamsAppId, reminder.service.id) });
      try {
        const sent = await deps.cardSender.toPerson(reminder.head.id, card);
        if (!sent) deps.logger.info(where, 'no personal chat with the bot to send the service plan reminder to');
        return sent !== undefined;
      } catch (error) {
        deps.logger.warn({ ...where, err: error }, 'could not send the service plan reminder');
        return false;
      }
    },
  };
}
