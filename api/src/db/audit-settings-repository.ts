import { AuditSettings, DEFAULT_AUDIT_SETTINGS } from '../contracts/skills-audit.js';
import type { AuditSettingsStore } from '../domain/audit/audit-settings.js';
import type { Db } from './database.js';
import { createSettingsRepository } from './settings-repository.js';

export function createAuditSettingsRepository(db: Db): AuditSettingsStore {
  return createSettingsRepository(db, 'audit', AuditSettings, DEFAULT_AUDIT_SETTINGS);
}
