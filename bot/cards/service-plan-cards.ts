import type { ServicePlanReminder } from '../../api/src/domain/service-plans/service-plan-reminder-sender.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';
import { firstNameOf } from './campaign-invitation-card.js';

export interface ServicePlanReminderCardInput {
  reminder: ServicePlanReminder;
  /** The service's plan in the tab (a Teams deep link). */
  planUrl: string;
}

/**
 * To a head of service whose plan has no digital objective or project yet: what is missing,
 * why it matters, and one button to the plan, where they can add one.
 */
export function buildServicePlanReminderCard(input: ServicePlanReminderCardInput): AdaptiveCard {
  const { reminder } = input;
  const service = reminder.service.name;
  const greeting = `Hello ${firstNameOf(reminder.head.displayName)}, the ${service} service plan for ${reminder.year.label} does not have a digital objective or project yet.`;
  const why = 'The council’s digital strategy asks every service plan to include at least one, with an owner, a measure and a status.';
  const who = `${reminder.remindedBy} from the policy team asked us to remind you.`;
  const how = 'Open the plan in the hub and choose “Add an objective or project”.';
  return adaptiveCard({
    speak: `${greeting} ${why} ${who} ${how}`,
    fallbackText: `The ${service} service plan for ${reminder.year.label} needs a digital objective or project.`,
    body: [
      heading(`Add a digital objective to the ${service} plan`),
      paragraph(greeting),
      paragraph(why),
      {
        type: 'FactSet',
        facts: [
          { title: 'Service', value: service },
          { title: 'Appraisal year', value: reminder.year.label },
          { title: 'Reminder from', value: `${reminder.remindedBy}, policy team` },
        ],
      },
      paragraph(how, { weight: 'Bolder', spacing: 'Medium' }),
    ],
    actions: [{ type: 'Action.OpenUrl', title: `Open the ${service} service plan`, url: input.planUrl }],
  });
}
