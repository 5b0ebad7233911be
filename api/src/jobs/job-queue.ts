import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';

/**
 * pg-boss, the background job queue, kept in the hub's own PostgreSQL database (schema
 * `pgboss`) and run over the hub's own connection pool. Every server instance runs the
 * workers; the database hands each job to one of them, so several instances share the
 * work and a job outlives the instance that queued it.
 */

export const JOB_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  logger: Logger;
  /** How often an idle worker looks for jobs; queuing from this process wakes its workers at once. */
  pollingIntervalSeconds: number;
}

export async function startJobQueue(db: Db, options: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    schema: JOB_SCHEMA,
    db: {
      async executeSql(text: string, values: unknown[] | undefined) {
        const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
        return { rows: [...result.rows] };
      },
    },
    // Finished jobs are only of interest for a day; the queue tables stay small.
    deleteAfterDays: 1,
    maintenanceIntervalSeconds: 120,
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'background job queue error'));
  await boss.start();
  return boss;
}
