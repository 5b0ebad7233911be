import { createServicePlanReminderSender } from '../../../bot/service-plan-reminder-sender.js';
import { createAppraisalYearRepository } from '../db/appraisal-year-repository.js';
import { createConversationReferenceRepository } from '../db/conversation-reference-repository.js';
import { createServicePlanRepository } from '../db/service-plan-repository.js';
import type { ServicePlanDeps } from '../domain/service-plans/service-plan-deps.js';
import { servicePlanWaiting } from '../domain/service-plans/service-plan-waiting.js';
import { servicePlanRoutes } from '../http/routes/service-plan-routes.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** Service plans, the policy team's compliance view and its reminders, and Home's nudge to a head of service. */
export function servicePlanParts(input: CapabilityInput): CapabilityParts {
  const deps: ServicePlanDeps = {
    plans: createServicePlanRepository(input.db),
    years: createAppraisalYearRepository(input.db),
    reminders: input.reminders,
    reminderSender: createServicePlanReminderSender({
      cardSender: input.cardSender,
      conversations: createConversationReferenceRepository(input.db),
      logger: input.logger.child({ component: 'service-plan-reminders' }),
      teamsAppId: input.config.teamsAppId,
    }),
    clock: input.clock,
  };
  return { routes: servicePlanRoutes(deps), waiting: [servicePlanWaiting(deps)] };
}
