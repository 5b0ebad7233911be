import { sql } from 'kysely';
import type { FrameworkWriter } from '../domain/audit/framework-writer.js';
import { insertAuditEntry } from './audit-log-repository.js';
import type { Db } from './database.js';
import { insertFrameworkVersion } from './framework-repository.js';

/** Takes the lock insertFrameworkVersion takes, early, so a check made under it still holds when inserting. */
async function lockVersions(trx: Db): Promise<void> {
  await sql`lock table framework_versions in share row exclusive mode`.execute(trx);
}

export function createFrameworkWriter(db: Db): FrameworkWriter {
  return {
    saveFirstVersion: (document) =>
      db.transaction().execute(async (trx) => {
        await lockVersions(trx);
        const existing = await trx.selectFrom('framework_versions').select('id').limit(1).executeTakeFirst();
        if (existing) return { saved: false };
        await insertFrameworkVersion(trx, document, null);
        return { saved: true };
      }),

    saveVersion: (document, createdBy, audit) =>
      db.transaction().execute(async (trx) => {
        const id = await insertFrameworkVersion(trx, document, createdBy);
        const { version } = await trx.selectFrom('framework_versions').select('version').where('id', '=', id).executeTakeFirstOrThrow();
        await insertAuditEntry(trx, audit(version));
        return { id, version };
      }),
  };
}
