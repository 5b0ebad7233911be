import type { Logger } from 'pino';
import type { ServicePlanReminderSender } from '../api/src/domain/service-plans/service-plan-reminder-sender.js';
import type { ConversationReferenceStore } from '../api/src/domain/shared/conversation-references.js';
import { tabPageDeepLink } from './audit-tab-links.js';
import type { CardSender } from './card-sender.js';
import { buildServicePlanReminderCard } from './cards/service-plan-cards.js';
import { sendReminderCard } from './send-reminder-card.js';

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

/** Reminds heads of service in their personal chat with the bot; the other heads on the list are reminded whatever happens to one. */
export function createServicePlanReminderSender(deps: ServicePlanReminderSenderDependencies): ServicePlanReminderSender {
  return {
    async canReach(personId) {
      return (await deps.conversations.findPersonal(personId)) !== undefined;
    },

    send(reminder) {
      return sendReminderCard(deps, {
        personId: reminder.head.id,
        card: buildServicePlanReminderCard({ reminder, planUrl: servicePlanTabLink(deps.teamsAppId, reminder.service.id) }),
        what: 'service plan reminder',
        where: { personId: reminder.head.id, serviceId: reminder.service.id, yearId: reminder.year.id },
      });
    },
  };
}
