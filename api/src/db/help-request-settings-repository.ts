import { DEFAULT_HELP_REQUEST_SETTINGS, HelpRequestSettings } from '../contracts/help-requests.js';
import type { HelpRequestSettingsStore } from '../domain/champions/help-requests/help-request-settings.js';
import type { Db } from './database.js';
import { createSettingsRepository } from './settings-repository.js';

export function createHelpRequestSettingsRepository(db: Db): HelpRequestSettingsStore {
  return createSettingsRepository(db, 'help-requests', HelpRequestSettings, DEFAULT_HELP_REQUEST_SETTINGS);
}
