import type { FrameworkVersions } from '../../audit/framework-index.js';
import type { AuditLogWriter } from '../../shared/audit-log.js';
import type { Clock } from '../../shared/clock.js';
import type { ChampionPool } from '../champion-pool.js';
import type { HelpRequestEvent, HelpRequestNotifier } from './help-request-notifier.js';
import type { HelpRequestRepository } from './help-request-repository.js';
import type { HelpRequestSettingsDeps, HelpRequestSettingsStore } from './help-request-settings.js';

/**
 * What the help-request use cases need. The tab (through HTTP), the bot and the escalation
 * job call the same use cases with the same deps; only the `channel` they pass differs.
 *
 * `notifier` is told after each change has been committed. It must not throw: its
 * implementation logs its own failures (a card that could not be sent is no reason to undo
 * a claim). Should one throw anyway, the use case still returns its answer and hands the
 * error to `onNotifyError` (the server logs it; without one it is written to stderr).
 */
export interface HelpRequestDeps {
  requests: HelpRequestRepository;
  pool: ChampionPool;
  /** Framework versions by id; the current version's id comes from `requests`. */
  frameworks: FrameworkVersions;
  settings: HelpRequestSettingsStore;
  channels: HelpRequestSettingsDeps['channels'];
  notifier: HelpRequestNotifier;
  clock: Clock;
  audit: AuditLogWriter;
  onNotifyError?: (error: unknown, event: HelpRequestEvent['kind']) => void;
}
