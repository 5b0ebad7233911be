import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';

/**
 * A job that runs on a schedule on one server instance at a time (pg-boss's stately queue
 * keeps one waiting and one running). Each is given the time from the server's clock, so
 * tests that move the clock can run it at once with `run`.
 */
export interface ScheduledJob {
  /** The pg-boss queue name, e.g. `help-request-escalation`. */
  name: string;
  /** Cron, in UTC. */
  cron: string;
  run(): Promise<void>;
}

export interface ScheduledJobs {
  /** Runs one job now, in this process, and waits for it (tests, and an operator's "run now"). */
  run(name: string): Promise<void>;
}

export async function startScheduledJobs(
  boss: PgBoss,
  jobs: readonly ScheduledJob[],
  options: { logger: Logger; pollingIntervalSeconds: number },
): Promise<ScheduledJobs> {
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 1, retryDelay: 30, expireInSeconds: 300 });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds }, async () => {
      try {
        await job.run();
      } catch (error) {
        options.logger.error({ err: error, job: job.name }, 'scheduled job failed; pg-boss retries it');
        throw error;
      }
    });
    await boss.schedule(job.name, job.cron);
  }
  const byName = new Map(jobs.map((job) => [job.name, job]));
  return {
    async run(name) {
      const job = byName.get(name);
      if (!job) throw new Error(`No scheduled job is called ${name}`);
      await job.run();
    },
  };
}
