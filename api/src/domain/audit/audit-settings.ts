import { AuditSettings } from '../../contracts/skills-audit.js';
import type { Actor } from '../shared/actor.js';
import { cachedSettings, changeSettings, readSettings, type SettingsDeps, type SettingsStore } from '../shared/settings.js';

/** Where the council's audit settings are kept (the defaults until someone saves them). */
export type AuditSettingsStore = SettingsStore<AuditSettings>;
export type AuditSettingsDeps = SettingsDeps<AuditSettings>;

const POLICY = { schema: AuditSettings, who: ['hr', 'admin'], resource: 'audit-settings', name: 'the audit settings' } as const;

export async function getAuditSettings(deps: Pick<AuditSettingsDeps, 'settings'>, actor: Actor): Promise<AuditSettings> {
  return readSettings(POLICY, deps, actor);
}

export async function updateAuditSettings(deps: AuditSettingsDeps, actor: Actor, body: unknown): Promise<AuditSettings> {
  return changeSettings(POLICY, deps, actor, body);
}

/** Every submission and team view reads the settings, so they are kept for a moment (see cachedSettings). */
export function cachedAuditSettings(store: AuditSettingsStore, ttlMs: number, now?: () => number): AuditSettingsStore {
  return cachedSettings(store, ttlMs, now);
}
