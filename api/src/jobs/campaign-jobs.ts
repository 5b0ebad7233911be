import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { CampaignMessageQueue } from '../domain/audit/campaigns/campaign-repository.js';
import { scheduleDueMessages, type ScheduleSummary } from '../domain/audit/campaigns/schedule-due-messages.js';
import { sendDueCampaignMessages, type SenderDeps } from '../domain/audit/campaigns/send-campaign-messages.js';
import type { Clock } from '../domain/shared/clock.js';

/**
 * The two jobs behind campaign messages:
 * - `audit-campaign-send` runs the sending loop until nothing is due. Its queue keeps at
 *   most one job waiting and one running across every server instance, so a burst of
 *   kicks is one run, and the whole council is messaged at one instance's rate.
 * - `audit-campaign-tick`, every minute: recovers what a stopped server left half-sent,
 *   queues the day's reminders, and kicks the sender when something is due (messages
 *   waiting for Retry-After or for an app installation fall due later).
 */

export const SEND_QUEUE = 'audit-campaign-send';
export const TICK_QUEUE = 'audit-campaign-tick';
const EVERY_MINUTE = '* * * * *';

export interface CampaignJobsDeps {
  sender: SenderDeps;
  queue: CampaignMessageQueue;
  clock: Clock;
  logger: Logger;
  pollingIntervalSeconds: number;
}

export interface CampaignJobs {
  /** Queues a sending run now (a no-op if one is already waiting). */
  kick(): void;
  /** What the minute job does, on demand: recover, plan, kick. */
  tick(): Promise<ScheduleSummary>;
  /** Tells the sending loop to stop after the message in flight. */
  stopping(): void;
}

export async function startCampaignJobs(boss: PgBoss, deps: CampaignJobsDeps): Promise<CampaignJobs> {
  const { logger } = deps;
  const stop = new AbortController();
  await boss.createQueue(SEND_QUEUE, { name: SEND_QUEUE, policy: 'stately', retryLimit: 1, retryDelay: 10, expireInSeconds: 300 });
  await boss.createQueue(TICK_QUEUE, { name: TICK_QUEUE, policy: 'stately', retryLimit: 0, expireInSeconds: 120 });

  // Known once the worker is registered; a kick before that is picked up by its first poll.
  const sendWorker: { id?: string } = {};
  const kick = (): void => {
    if (stop.signal.aborted) return;
    boss
      .send(SEND_QUEUE, {})
      .then(() => {
        if (sendWorker.id) boss.notifyWorker(sendWorker.id);
      })
      .catch((error: unknown) => logger.error({ err: error }, 'could not queue campaign sending; the minute job will'));
  };

  const tick = async (): Promise<ScheduleSummary> => {
    const summary = await scheduleDueMessages(deps.queue, deps.clock.now());
    if (summary.interrupted > 0) logger.warn({ messages: summary.interrupted }, 'campaign messages interrupted mid-send were marked failed, not resent');
    if (summary.remindersQueued > 0) logger.info({ messages: summary.remindersQueued }, 'campaign reminders queued');
    if (summary.due) kick();
    return summary;
  };

  sendWorker.id = await boss.work(SEND_QUEUE, { pollingIntervalSeconds: deps.pollingIntervalSeconds }, async () => {
    const summary = await sendDueCampaignMessages(deps.sender, stop.signal);
    const { handedOver, ...counts } = summary;
    if (Object.values(counts).some((count) => count > 0)) logger.info(counts, 'campaign messages sending run');
    if (handedOver) kick();
  });
  await boss.work(TICK_QUEUE, { pollingIntervalSeconds: deps.pollingIntervalSeconds }, async () => {
    await tick();
  });
  await boss.schedule(TICK_QUEUE, EVERY_MINUTE);

  // At start-up: whatever a stopped server left, and whatever fell due while none ran.
  await tick();
  return { kick, tick, stopping: () => stop.abort() };
}
