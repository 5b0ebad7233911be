import { councilDate } from '../campaign-window.js';
import type { CampaignMessageQueue } from './campaign-repository.js';
import { audienceOf, firstAttemptAt, reminderDueOn } from './plan-campaign-messages.js';
import { REASONS } from './send-campaign-messages.js';

/**
 * A message `sending` for longer than this belongs to a server that stopped mid-send. It is
 * well beyond one send, including the connector's own retries after a Retry-After.
 */
export const INTERRUPTED_AFTER_MS = 15 * 60_000;

export interface ScheduleSummary {
  interrupted: number;
  remindersQueued: number;
  /** A pending message is due now: the sender should run. */
  due: boolean;
}

/**
 * What the periodic job does before sending: fail messages a stopped server left half-sent
 * (never resend them: the person may already have them), queue today's reminders for the
 * people who have not submitted, and say whether anything is due.
 */
export async function scheduleDueMessages(queue: CampaignMessageQueue, now: Date): Promise<ScheduleSummary> {
  const interrupted = await queue.failInterrupted(new Date(now.getTime() - INTERRUPTED_AFTER_MS), REASONS.interrupted);
  const today = councilDate(now);
  let remindersQueued = 0;
  for (const campaign of await queue.openCampaigns(today)) {
    const reminder = reminderDueOn(campaign, today);
    if (!reminder) continue;
    remindersQueued += await queue.createStep(campaign.id, reminder.step, firstAttemptAt(reminder.dueOn, now), audienceOf(reminder.step));
  }
  const next = await queue.nextDueAt();
  return { interrupted, remindersQueued, due: next !== undefined && next <= now };
}
