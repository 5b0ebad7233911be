import type { BotFeature } from '../../../bot/bot-feature.js';
import type { CardSender } from '../../../bot/card-sender.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { AuditDeps } from '../domain/audit/audit-deps.js';
import type { FrameworkVersions } from '../domain/audit/framework-index.js';
import type { FrameworkRepository } from '../domain/audit/framework-repository.js';
import type { DirectoryRepository } from '../domain/directory/directory-repository.js';
import type { NavigationProvider, WaitingProvider } from '../domain/directory/get-me.js';
import type { AuditLogWriter } from '../domain/shared/audit-log.js';
import type { Clock } from '../domain/shared/clock.js';
import type { Microsoft365 } from '../domain/shared/microsoft365.js';
import type { ReminderLedger } from '../domain/shared/reminder-ledger.js';
import type { AnyRoute } from '../http/route.js';
import type { ScheduledJob } from '../jobs/scheduled-jobs.js';
import type { Logger } from 'pino';

/** What the composition root gives every capability to wire itself from. */
export interface CapabilityInput {
  db: Db;
  config: Pick<Config, 'teamsAppId'>;
  logger: Logger;
  clock: Clock;
  directory: DirectoryRepository;
  auditLog: AuditLogWriter;
  cardSender: CardSender;
  microsoft365: Microsoft365;
  frameworks: FrameworkRepository;
  frameworkVersions: FrameworkVersions;
  /** The skills audit's own dependencies: reports, for objectives made from a gap, and team completion. */
  audit: AuditDeps;
  reminders: ReminderLedger;
}

/** What a capability adds to the server: routes, bot features, jobs, and what Home shows. */
export interface CapabilityParts {
  routes?: AnyRoute[];
  features?: BotFeature[];
  scheduledJobs?: ScheduledJob[];
  waiting?: WaitingProvider[];
  navigation?: NavigationProvider[];
}

/** Parts in the order given: a route listed earlier is matched first. */
export function mergeParts(parts: readonly CapabilityParts[]): Required<CapabilityParts> {
  return {
    routes: parts.flatMap((part) => part.routes ?? []),
    features: parts.flatMap((part) => part.features ?? []),
    scheduledJobs: parts.flatMap((part) => part.scheduledJobs ?? []),
    waiting: parts.flatMap((part) => part.waiting ?? []),
    navigation: parts.flatMap((part) => part.navigation ?? []),
  };
}
