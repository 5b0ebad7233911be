import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

/**
 * One embedded PostgreSQL for the whole test run, with a migrated template database that
 * each test file clones (tests/support/test-database.ts). Jest loads global set-up outside
 * its module system, so the TypeScript sources are loaded through tsx.
 */
export default async function globalSetup() {
  const { startEmbeddedPostgres } = await tsImport('../../api/src/db/embedded-postgres.ts', import.meta.url);
  const { createDb } = await tsImport('../../api/src/db/database.ts', import.meta.url);
  const { migrateToLatest } = await tsImport('../../api/src/db/migrate.ts', import.meta.url);

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir });
  await server.createDatabase('hub_template');
  const db = createDb(server.url('hub_template'), { maxConnections: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  globalThis.hubTestPostgres = { server, dataDir };
  // Test workers start after this and inherit the environment.
  process.env.HUB_TEST_POSTGRES_URL = server.url('hub_template');
}
