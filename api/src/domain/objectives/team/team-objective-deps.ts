import type { ObjectiveSettings } from '../../../contracts/objectives.js';
import type { AuditDeps } from '../../audit/audit-deps.js';
import type { DirectoryRepository } from '../../directory/directory-repository.js';
import type { AuditLogWriter } from '../../shared/audit-log.js';
import type { Clock } from '../../shared/clock.js';
import type { SettingsStore } from '../../shared/settings.js';
import type { AppraisalYearRepository } from '../appraisal-years/appraisal-year-repository.js';
import type { TeamObjectiveRepository } from './team-objective-repository.js';

/** What the team view, the export and Home's reminders about objectives need. */
export interface TeamObjectiveDeps {
  teamObjectives: TeamObjectiveRepository;
  /** The appraisal years' own store: which years there are, and which is open. */
  years: Pick<AppraisalYearRepository, 'list' | 'findOpen'>;
  directory: DirectoryRepository;
  settings: SettingsStore<ObjectiveSettings>;
  /** The skills audit's own dependencies: a team's audit completion, and writing many reads at once. */
  audit: AuditDeps;
  auditLog: AuditLogWriter;
  clock: Clock;
}
