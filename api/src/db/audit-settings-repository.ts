import { AuditSettings, DEFAULT_AUDIT_SETTINGS } from '../contracts/skills-audit.js';
import type { AuditSettingsStore } from '../domain/audit/audit-settings.js';
import type { Db } from './database.js';

const KEY = 'audit';

export function createAuditSettingsRepository(db: Db): AuditSettingsStore {
  return {
    async get() {
      const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
      if (!row) return DEFAULT_AUDIT_SETTINGS;
      // Settings added after a council saved theirs take their defaults.
      const stored = typeof row.value === 'object' && row.value !== null ? row.value : {};
      return AuditSettings.parse({ ...DEFAULT_AUDIT_SETTINGS, ...stored });
    },
    async save(settings, updatedBy) {
      const value = JSON.stringify(settings);
      await db
        .insertInto('settings')
        .values({ key: KEY, value, updated_by: updatedBy, updated_at: new Date() })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updated_by: updatedBy, updated_at: new Date() }))
        .execute();
    },
  };
}
