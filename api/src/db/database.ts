import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// Dates (not timestamps) stay as 'YYYY-MM-DD' strings: a calendar date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint identity columns fit comfortably in a JS number for this product's volumes.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Db = Kysely<Database>;

export function createDb(
  connectionString: string,
  options: { maxConnections?: number; onIdleClientError?: (error: Error) => void } = {},
): Db {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server (restart, fail-over, shutdown) is replaced on
  // next use; without a listener, node-postgres would take the whole process down.
  pool.on('error', options.onIdleClientError ?? ((error) => process.stderr.write(`database connection lost: ${error.message}\n`)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
