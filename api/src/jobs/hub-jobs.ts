import type { Logger } from 'pino';
import { createCampaignMessageQueue } from '../db/campaign-message-queue.js';
import type { Db } from '../db/database.js';
import type { ScheduleSummary } from '../domain/audit/campaigns/schedule-due-messages.js';
import type { SenderDeps } from '../domain/audit/campaigns/send-campaign-messages.js';
import type { Clock } from '../domain/shared/clock.js';
import { startCampaignJobs } from './campaign-jobs.js';
import { startJobQueue } from './job-queue.js';
import { startScheduledJobs, type ScheduledJob, type ScheduledJobs } from './scheduled-jobs.js';

/** The server's background jobs, started after the migrations and stopped before the database closes. */
export interface HubJobs {
  campaignSending: {
    kick(): void;
    tick(): Promise<ScheduleSummary>;
  };
  /** The other capabilities' scheduled jobs (escalations, reminders), runnable on demand. */
  scheduled: ScheduledJobs;
  /** Waits (up to `graceMs`) for the jobs in flight, such as a message being sent, to finish. */
  stop(graceMs: number): Promise<void>;
}

export interface HubJobsOptions {
  db: Db;
  logger: Logger;
  clock: Clock;
  pollingIntervalSeconds: number;
  /** Everything the campaign sender needs besides the message queue, which lives in `db`. */
  campaigns: Omit<SenderDeps, 'queue' | 'clock'>;
  scheduled: readonly ScheduledJob[];
}

export async function startHubJobs(options: HubJobsOptions): Promise<HubJobs> {
  const logger = options.logger.child({ component: 'jobs' });
  const boss = await startJobQueue(options.db, { logger, pollingIntervalSeconds: options.pollingIntervalSeconds });
  try {
    const queue = createCampaignMessageQueue(options.db);
    const campaigns = await startCampaignJobs(boss, {
      sender: { ...options.campaigns, queue, clock: options.clock },
      queue,
      clock: options.clock,
      logger,
      pollingIntervalSeconds: options.pollingIntervalSeconds,
    });
    const scheduled = await startScheduledJobs(boss, options.scheduled, { logger, pollingIntervalSeconds: options.pollingIntervalSeconds });
    return {
      campaignSending: { kick: campaigns.kick, tick: campaigns.tick },
      scheduled,
      async stop(graceMs) {
        campaigns.stopping();
        await boss.stop({ graceful: true, wait: true, timeout: graceMs });
      },
    };
  } catch (error) {
    await boss.stop({ graceful: false, wait: true });
    throw error;
  }
}
