import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as directory from './migrations/0001-directory.js';
import * as skillsAudit from './migrations/0002-skills-audit.js';
import * as champions from './migrations/0003-champions.js';
import * as objectives from './migrations/0004-objectives.js';
import * as teamChannelNames from './migrations/0005-team-channel-names.js';
import * as rateLimits from './migrations/0006-rate-limits.js';
import * as championPoolVersion from './migrations/0007-champion-pool-version.js';

/** Listed by hand so the build needs no file-system scan; names sort in the order they run. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-directory': directory,
  '0002-skills-audit': skillsAudit,
  '0003-champions': champions,
  '0004-objectives': objectives,
  '0005-team-channel-names': teamChannelNames,
  '0006-rate-limits': rateLimits,
  '0007-champion-pool-version': championPoolVersion,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error instanceof Error ? error.message : error)}`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
