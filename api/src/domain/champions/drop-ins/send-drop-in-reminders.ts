import type { DropInDeps } from './drop-in-deps.js';
import { noticeFor } from './drop-in-dto.js';
import type { DropInRecord } from './drop-in-repository.js';
import { reminderWindow } from './drop-in-rules.js';

/**
 * The scheduled reminder: everyone with a place at a session starting within the next day
 * hears about it once. Each reminder is claimed (marked sent) before it is sent, so two
 * servers running the job together never send it twice; one that fails to send is logged
 * by the notifier and not tried again.
 */
export async function sendDropInReminders(deps: Pick<DropInDeps, 'dropIns' | 'notifier' | 'clock'>): Promise<{ sent: number }> {
  const now = deps.clock.now();
  const claimed = await deps.dropIns.claimDueReminders(reminderWindow(now), now);
  const sessions = new Map<string, DropInRecord | undefined>();
  let sent = 0;
  for (const reminder of claimed) {
    if (!sessions.has(reminder.sessionId)) sessions.set(reminder.sessionId, await deps.dropIns.find(reminder.sessionId, reminder.person.id));
    const record = sessions.get(reminder.sessionId);
    if (!record) continue;
    await deps.notifier.reminder(noticeFor(record, reminder.person));
    sent += 1;
  }
  return { sent };
}
