import type { FrameworkRepository } from '../../audit/framework-repository.js';
import type { Clock } from '../../shared/clock.js';
import type { Microsoft365 } from '../../shared/microsoft365.js';
import type { SupportLogRepository } from '../support-log/support-log-repository.js';
import type { DropInNotifier } from './drop-in-notifier.js';
import type { DropInRepository } from './drop-in-repository.js';

/** What the drop-in use cases need. */
export interface DropInDeps {
  dropIns: DropInRepository;
  supportLog: SupportLogRepository;
  frameworks: Pick<FrameworkRepository, 'current'>;
  microsoft365: Pick<Microsoft365, 'createOnlineMeeting'>;
  notifier: DropInNotifier;
  clock: Clock;
}

/** The host's "Sessions I host" list keeps ended sessions this long, so they can log them. */
export const HOSTED_HISTORY_DAYS = 30;
