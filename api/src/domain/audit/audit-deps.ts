import type { AuditLogWriter } from '../shared/audit-log.js';
import type { Clock } from '../shared/clock.js';
import type { AuditResponseRepository } from './audit-response-repository.js';
import type { AuditSettingsStore } from './audit-settings.js';
import type { FrameworkVersions } from './framework-index.js';

/**
 * What taking the audit and reading reports need. The tab (through HTTP) and the bot call
 * the same use cases with the same deps; only the `channel` they pass differs.
 */
export interface AuditDeps {
  responses: AuditResponseRepository;
  frameworks: FrameworkVersions;
  settings: AuditSettingsStore;
  audit: AuditLogWriter;
  clock: Clock;
}
