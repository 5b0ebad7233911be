import type { z } from 'zod';
import type { SettingsStore } from '../domain/shared/settings.js';
import { insertAuditEntry } from './audit-log-repository.js';
import type { Db } from './database.js';

/** One group of settings kept as a JSON value under `key` in the settings table. */
export function createSettingsRepository<S extends z.ZodObject>(db: Db, key: string, schema: S, defaults: z.output<S>): SettingsStore<z.output<S>> {
  return {
    async get() {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      if (!row) return defaults;
      // Settings added after a council saved theirs take their defaults.
      const stored = typeof row.value === 'object' && row.value !== null ? row.value : {};
      return schema.parse({ ...defaults, ...stored });
    },
    async save(settings, updatedBy, audit) {
      const value = JSON.stringify(settings);
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('settings')
          .values({ key, value, updated_by: updatedBy, updated_at: new Date() })
          .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updated_by: updatedBy, updated_at: new Date() }))
          .execute();
        if (audit) await insertAuditEntry(tx, audit);
      });
    },
  };
}
