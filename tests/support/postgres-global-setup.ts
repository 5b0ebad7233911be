import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../../api/src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../api/src/db/embedded-postgres.js';
import { migrateToLatest } from '../../api/src/db/migrate.js';

export const TEMPLATE_DATABASE = 'hub_template';

declare global {
  var hubTestPostgres: { server: EmbeddedPostgres; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir });
  await server.createDatabase(TEMPLATE_DATABASE);
  const db = createDb(server.url(TEMPLATE_DATABASE), { maxConnections: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  globalThis.hubTestPostgres = { server, dataDir };
  // Test workers start after this and inherit the environment.
  process.env.HUB_TEST_POSTGRES_URL = server.url(TEMPLATE_DATABASE);
}
