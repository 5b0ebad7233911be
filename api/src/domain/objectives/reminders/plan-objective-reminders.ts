import type { AppraisalYear, ObjectiveSettings } from '../../../contracts/objectives.js';
import { addDays } from '../../audit/campaign-window.js';
import { isWorkingTime, londonDate } from '../../shared/working-hours.js';
import { checkInDueOn } from '../objective-dto.js';
import { REMINDER_TOPICS, type AgreedObjective, type ObjectiveReminder, type ObjectiveReminderFacts, type WaitingForAgreement } from './objective-reminder-facts.js';
import { isoWeekOf } from '../../shared/iso-week.js';

/**
 * Which objective reminders are due now, from facts about the open appraisal year. Pure: the
 * job reads the facts, this decides, and the ledger makes each go at most once per period.
 *
 * - A manager hears, at most once a week, about every objective that has waited for their
 *   agreement longer than `waitingReminderDays`, on one card.
 * - A person with no agreed objective hears once a year, in the `agreeByReminderDays` before
 *   the agree-by date (and on it).
 * - A check-in that is due is told to the person and to their line manager, once per due date.
 *
 * Nothing is sent outside working hours, nor to anyone the bot cannot reach.
 */
export interface ReminderPlanInput {
  now: Date;
  year: AppraisalYear;
  settings: ObjectiveSettings;
  facts: ObjectiveReminderFacts;
}

const DAY_MS = 86_400_000;

function waitingReminders(waiting: readonly WaitingForAgreement[], input: ReminderPlanInput): ObjectiveReminder[] {
  const longEnoughAgo = input.now.getTime() - input.settings.waitingReminderDays * DAY_MS;
  const byManager = new Map<string, WaitingForAgreement[]>();
  for (const item of waiting) {
    if (!item.managerId || item.proposedAt.getTime() >= longEnoughAgo) continue;
    byManager.set(item.managerId, [...(byManager.get(item.managerId) ?? []), item]);
  }
  const week = isoWeekOf(londonDate(input.now));
  return [...byManager].map(([managerId, items]) => ({
    kind: 'waiting',
    key: { topic: REMINDER_TOPICS.waiting, subjectId: managerId, period: week, personId: managerId },
    managerId,
    objectives: [...items]
      .sort((a, b) => a.proposedAt.getTime() - b.proposedAt.getTime())
      .map((item) => ({ ...item.objective, proposedAt: item.proposedAt })),
  }));
}

/** Whether today is in the run-up to the agree-by date: the last `days` days before it, and the day itself. */
export function isAgreeByReminderDue(today: string, agreeBy: string, days: number): boolean {
  return today >= addDays(agreeBy, -days) && today <= agreeBy;
}

function agreeByReminders(input: ReminderPlanInput, today: string): ObjectiveReminder[] {
  const { year, settings, facts } = input;
  if (!isAgreeByReminderDue(today, year.agreeBy, settings.agreeByReminderDays)) return [];
  return facts.withoutAgreedObjective.map((person) => ({
    kind: 'agree-by',
    key: { topic: REMINDER_TOPICS.agreeBy, subjectId: person.id, period: year.id, personId: person.id },
    person,
    year,
  }));
}

function checkInReminders(agreed: readonly AgreedObjective[], input: ReminderPlanInput, today: string): ObjectiveReminder[] {
  return agreed.flatMap((item): ObjectiveReminder[] => {
    // The same due date the objective's page shows.
    const dueOn = checkInDueOn(item, input.settings);
    if (!dueOn || today < dueOn) return [];
    const person = item.objective.person.id;
    const recipients: Array<['person' | 'manager', string]> = [['person', person]];
    if (item.managerId && item.managerId !== person) recipients.push(['manager', item.managerId]);
    return recipients.map(([audience, recipientId]) => ({
      kind: 'check-in',
      key: { topic: REMINDER_TOPICS.checkIn, subjectId: item.objective.id, period: dueOn, personId: recipientId },
      recipientId,
      audience,
      objective: item.objective,
      dueOn,
    }));
  });
}

export function planObjectiveReminders(input: ReminderPlanInput): ObjectiveReminder[] {
  if (!isWorkingTime(input.now)) return [];
  const today = londonDate(input.now);
  const all = [
    ...waitingReminders(input.facts.waiting, input),
    ...agreeByReminders(input, today),
    ...checkInReminders(input.facts.agreed, input, today),
  ];
  return all.filter((reminder) => input.facts.reachable.has(reminder.key.personId));
}
