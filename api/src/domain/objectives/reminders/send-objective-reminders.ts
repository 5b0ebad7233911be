import type { AppraisalYear, ObjectiveSettings } from '../../../contracts/objectives.js';
import type { Clock } from '../../shared/clock.js';
import type { ReminderLedger } from '../../shared/reminder-ledger.js';
import type { SettingsStore } from '../../shared/settings.js';
import { isWorkingTime } from '../../shared/working-hours.js';
import type { ObjectiveReminderQueries, ObjectiveReminderSender } from './objective-reminder-facts.js';
import { planObjectiveReminders } from './plan-objective-reminders.js';

export interface ObjectiveReminderDeps {
  queries: ObjectiveReminderQueries;
  ledger: ReminderLedger;
  sender: ObjectiveReminderSender;
  settings: SettingsStore<ObjectiveSettings>;
  clock: Clock;
  /** The appraisal year open now; reminders are about it alone. */
  openYear(): Promise<AppraisalYear | undefined>;
}

/**
 * The scheduled job: plans the reminders due now and sends each one this server claims in
 * the ledger. Claiming first means two servers running the job together never send one
 * twice; a reminder that then fails to send is logged by the sender and not tried again.
 */
export async function sendObjectiveReminders(deps: ObjectiveReminderDeps): Promise<{ planned: number; sent: number }> {
  const now = deps.clock.now();
  // Checked here too, so a run at night does not even read the database.
  if (!isWorkingTime(now)) return { planned: 0, sent: 0 };
  const year = await deps.openYear();
  if (!year || year.status !== 'open') return { planned: 0, sent: 0 };
  const reminders = planObjectiveReminders({ now, year, settings: await deps.settings.get(), facts: await deps.queries.factsFor(year.id) });
  let sent = 0;
  for (const reminder of reminders) {
    if (!(await deps.ledger.claim(reminder.key))) continue;
    if (await deps.sender.send(reminder)) sent += 1;
  }
  return { planned: reminders.length, sent };
}
