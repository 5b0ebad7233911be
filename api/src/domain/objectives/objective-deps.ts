import type { ObjectiveSettings } from '../../contracts/objectives.js';
import type { AuditDeps } from '../audit/audit-deps.js';
import type { FrameworkRepository } from '../audit/framework-repository.js';
import type { DirectoryRepository } from '../directory/directory-repository.js';
import type { AuditLogWriter } from '../shared/audit-log.js';
import type { Clock } from '../shared/clock.js';
import type { SettingsStore } from '../shared/settings.js';
import type { AppraisalYearRepository } from './appraisal-years/appraisal-year-repository.js';
import type { ObjectiveNotifier } from './objective-notifier.js';
import type { ObjectiveRepository } from './objective-repository.js';

/**
 * What the objective use cases need. The repositories' ports are defined beside the use cases.
 *
 * `notifier` is told after a move has been committed; should it throw, the move stands, the
 * caller still gets its answer and the error goes to `onNotifyError` (the server logs it).
 */
export interface ObjectiveDeps {
  directory: DirectoryRepository;
  settings: SettingsStore<ObjectiveSettings>;
  objectives: ObjectiveRepository;
  years: AppraisalYearRepository;
  /** The current framework: the skills an objective links to, by category key. */
  frameworks: FrameworkRepository;
  /** The person's audit reports, for "make this my objective" from a gap or decay. */
  audit: AuditDeps;
  notifier: ObjectiveNotifier;
  auditLog: AuditLogWriter;
  clock: Clock;
  onNotifyError?: (error: unknown, event: keyof ObjectiveNotifier) => void;
}
