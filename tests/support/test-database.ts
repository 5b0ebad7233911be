import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '../../api/src/db/database.js';

export interface TestDatabase {
  db: Db;
  url: string;
  destroy(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated template that the global
 * set-up made: migrations run once per run, not once per file.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = process.env.HUB_TEST_POSTGRES_URL;
  if (!templateUrl) throw new Error('HUB_TEST_POSTGRES_URL is not set: run the tests through jest (npm test).');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: templateUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template hub_template`);
  } finally {
    await admin.end();
  }
  const url = templateUrl.replace(/\/[^/]+$/, `/${name}`);
  const db = createDb(url, { maxConnections: 5 });
  return { db, url, destroy: () => db.destroy() };
}
