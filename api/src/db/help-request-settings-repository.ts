import { DEFAULT_HELP_REQUEST_SETTINGS, HelpRequestSettings } from '../contracts/help-requests.js';
import type { HelpRequestSettingsStore } from '../domain/champions/help-requests/help-request-settings.js';
import type { Db } from './database.js';

const KEY = 'help-requests';

export function createHelpRequestSettingsRepository(db: Db): HelpRequestSettingsStore {
  return {
    async get() {
      const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
      if (!row) return DEFAULT_HELP_REQUEST_SETTINGS;
      // Settings added after a council saved theirs take their defaults.
      const stored = typeof row.value === 'object' && row.value !== null ? row.value : {};
      return HelpRequestSettings.parse({ ...DEFAULT_HELP_REQUEST_SETTINGS, ...stored });
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
