import type { ObjectiveSettings } from '../../contracts/objectives.js';
import type { AuditDeps } from '../audit/audit-deps.js';
import type { DirectoryRepository } from '../directory/directory-repository.js';
import type { AuditLogWriter } from '../shared/audit-log.js';
import type { Clock } from '../shared/clock.js';
import type { SettingsStore } from '../shared/settings.js';
import type { ObjectiveNotifier } from './objective-notifier.js';

/** What the objective use cases need. The repositories' ports are defined beside the use cases. */
export interface ObjectiveDeps {
  directory: DirectoryRepository;
  settings: SettingsStore<ObjectiveSettings>;
  /** The person's audit reports, for "make this my objective" from a gap or decay. */
  audit: AuditDeps;
  notifier: ObjectiveNotifier;
  auditLog: AuditLogWriter;
  clock: Clock;
}
