import { ObjectiveSettings } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { changeSettings, type SettingsPolicy } from '../shared/settings.js';
import type { ObjectiveDeps } from './objective-deps.js';

/** The appraisal calendar and reminder timings: HR and administrators change them. */
export const OBJECTIVE_SETTINGS_POLICY: SettingsPolicy<typeof ObjectiveSettings> = {
  schema: ObjectiveSettings,
  who: ['hr', 'admin'],
  resource: 'objective-settings',
  name: 'the objective settings',
};

/** Anyone signed in may read them: pages show when check-ins are due and when years start. */
export function getObjectiveSettings(deps: Pick<ObjectiveDeps, 'settings'>): Promise<ObjectiveSettings> {
  return deps.settings.get();
}

export function updateObjectiveSettings(deps: Pick<ObjectiveDeps, 'settings'>, actor: Actor, body: unknown): Promise<ObjectiveSettings> {
  return changeSettings(OBJECTIVE_SETTINGS_POLICY, deps, actor, body);
}
