import { HelpRequestSettings } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { changeSettings, readSettings, type SettingsDeps, type SettingsStore } from '../../shared/settings.js';

/** Where the escalation settings are kept (DEFAULT_HELP_REQUEST_SETTINGS until someone saves them). */
export type HelpRequestSettingsStore = SettingsStore<HelpRequestSettings>;
export type HelpRequestSettingsDeps = SettingsDeps<HelpRequestSettings>;

/** The digital team runs the champions programme; administrators look after every setting. */
const POLICY = {
  schema: HelpRequestSettings,
  who: ['digital', 'admin'],
  resource: 'help-request-settings',
  name: 'the help request settings',
} as const;

export async function getHelpRequestSettings(deps: Pick<HelpRequestSettingsDeps, 'settings'>, actor: Actor): Promise<HelpRequestSettings> {
  return readSettings(POLICY, deps, actor);
}

export async function updateHelpRequestSettings(deps: HelpRequestSettingsDeps, actor: Actor, body: unknown): Promise<HelpRequestSettings> {
  return changeSettings(POLICY, deps, actor, body);
}
