import type { Logger } from 'pino';
import { sql } from 'kysely';
import { createDb, type Db } from './database.js';
import { lockDataDir } from './data-dir-lock.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrateToLatest } from './migrate.js';

export interface OpenDatabase {
  db: Db;
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

const LOCAL_DATABASE = 'hub';

/**
 * Production: the PostgreSQL server in DATABASE_URL. Local mode: our own embedded
 * PostgreSQL under the data folder, locked so that a second server cannot touch it.
 * Either way the schema is migrated before anything else runs.
 */
export async function openDatabase(options: { databaseUrl: string | undefined; dataDir: string; logger: Logger }): Promise<OpenDatabase> {
  const { logger } = options;
  let stopEmbedded: () => Promise<void> = async () => undefined;
  let url = options.databaseUrl;

  if (!url) {
    const lock = await lockDataDir(options.dataDir);
    try {
      const started = Date.now();
      const postgres = await startEmbeddedPostgres({ dataDir: options.dataDir, onLog: (line) => logger.debug({ postgres: line }) });
      if (!(await postgres.databaseExists(LOCAL_DATABASE))) await postgres.createDatabase(LOCAL_DATABASE);
      logger.info({ dataDir: options.dataDir, port: postgres.port, ms: Date.now() - started }, 'embedded PostgreSQL started');
      url = postgres.url(LOCAL_DATABASE);
      stopEmbedded = async () => {
        await postgres.stop();
        await lock.release();
      };
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  const db = createDb(url, { onIdleClientError: (error) => logger.warn({ err: error }, 'idle database connection lost') });
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    await db.destroy();
    await stopEmbedded();
    throw error;
  }

  return {
    db,
    isReady: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        // A database that cannot answer is not ready: /readyz says so instead of failing.
        return false;
      }
    },
    close: async () => {
      await db.destroy();
      await stopEmbedded();
    },
  };
}
