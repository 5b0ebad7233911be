import type { FrameworkRepository } from '../../audit/framework-repository.js';
import type { AuditLogWriter } from '../../shared/audit-log.js';
import type { Clock } from '../../shared/clock.js';
import type { SupportLogRepository } from './support-log-repository.js';

/** What the support log's use cases need. */
export interface SupportLogDeps {
  supportLog: SupportLogRepository;
  frameworks: Pick<FrameworkRepository, 'current'>;
  clock: Clock;
  audit: AuditLogWriter;
}

/** A session logged by hand can be taken back for this long; after that it stays in the record. */
export const DELETE_WITHIN_DAYS = 14;
