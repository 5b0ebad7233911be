import { createObjectiveFeature } from '../../../bot/objective-feature.js';
import { createObjectiveNotifier } from '../../../bot/objective-notifier.js';
import { createObjectiveReminderSender } from '../../../bot/objective-reminder-sender.js';
import { objectiveTabLinks } from '../../../bot/objective-tab-links.js';
import { bindObjectiveUseCases } from '../../../bot/objective-use-cases.js';
import { createObjectiveReminderQueries } from '../db/objective-reminder-queries.js';
import { findOpenYear } from '../domain/objectives/appraisal-years/find-open-year.js';
import type { ObjectiveDeps } from '../domain/objectives/objective-deps.js';
import type { ObjectiveNotifier } from '../domain/objectives/objective-notifier.js';
import { sendObjectiveReminders } from '../domain/objectives/reminders/send-objective-reminders.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** The bot's `objectives` command, its cards, and the reminder jobs. */
export function objectiveBotParts(input: CapabilityInput, objectives: ObjectiveDeps): CapabilityParts {
  const { logger } = input;
  const links = objectiveTabLinks(input.config.teamsAppId);
  const reminderDeps = {
    queries: createObjectiveReminderQueries(input.db),
    ledger: input.reminders,
    sender: createObjectiveReminderSender({ cardSender: input.cardSender, logger: logger.child({ component: 'objective-reminders' }), links }),
    settings: objectives.settings,
    clock: input.clock,
    openYear: () => findOpenYear(objectives),
  };
  return {
    features: [createObjectiveFeature({ useCases: bindObjectiveUseCases(objectives), logger: logger.child({ component: 'objective-bot' }), links })],
    scheduledJobs: [
      {
        name: 'objective-reminders',
        // Hourly: each reminder goes once per period whatever the schedule, and only in working hours.
        cron: '5 * * * *',
        run: async () => {
          const { sent } = await sendObjectiveReminders(reminderDeps);
          if (sent > 0) logger.info({ sent }, 'objective reminders sent');
        },
      },
    ],
  };
}

/** Cards about moves in the workflow, sent by the bot. */
export function objectiveNotifierFor(input: CapabilityInput): ObjectiveNotifier {
  return createObjectiveNotifier({
    cardSender: input.cardSender,
    logger: input.logger.child({ component: 'objective-cards' }),
    links: objectiveTabLinks(input.config.teamsAppId),
  });
}
