import { RetentionSettings } from '../../contracts/privacy.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { changeSettings, type SettingsStore } from '../shared/settings.js';
import type { ErasureRepository } from './erase-person.js';

export interface RetentionRepository {
  /** Leavers who left on or before the date and are not erased yet, oldest first, at most `limit`. */
  leaversDue(leftOnOrBefore: string, limit: number): Promise<string[]>;
  /** Deletes sessions past their end; returns how many. */
  purgeExpiredSessions(now: Date): Promise<number>;
  /** Deletes audit log entries older than the date; returns how many. */
  purgeAuditLogBefore(before: Date): Promise<number>;
}

export interface RetentionDeps {
  settings: SettingsStore<RetentionSettings>;
  retention: RetentionRepository;
  erasure: ErasureRepository;
  clock: Clock;
}

const POLICY = { schema: RetentionSettings, who: ['hr', 'admin'], resource: 'retention-settings', name: 'the retention settings' } as const;

/** Anyone may read them, signed in or not: the privacy notice states them. */
export function getRetentionSettings(deps: Pick<RetentionDeps, 'settings'>): Promise<RetentionSettings> {
  return deps.settings.get();
}

export function updateRetentionSettings(deps: Pick<RetentionDeps, 'settings'>, actor: Actor, body: unknown): Promise<RetentionSettings> {
  return changeSettings(POLICY, deps, actor, body);
}

function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}

/** So that one night's run never holds the database for long; the rest wait for the next night. */
const ERASURES_PER_RUN = 500;

export interface RetentionRun {
  erased: number;
  sessionsPurged: number;
  auditEntriesPurged: number;
}

/**
 * The nightly keeping of the privacy notice's promises: leavers erased once their time is
 * up, ended sign-in sessions deleted, and audit log entries past their own retention gone.
 */
export async function applyRetention(deps: RetentionDeps): Promise<RetentionRun> {
  const settings = await deps.settings.get();
  const now = deps.clock.now();
  const due = await deps.retention.leaversDue(monthsBefore(now, settings.leaverMonths).toISOString().slice(0, 10), ERASURES_PER_RUN);
  for (const personId of due) {
    await deps.erasure.erase(personId, {
      actorPersonId: null,
      action: 'erase',
      resource: 'person',
      subjectPersonId: personId,
      details: { reason: 'retention', leaverMonths: settings.leaverMonths },
    });
  }
  return {
    erased: due.length,
    sessionsPurged: await deps.retention.purgeExpiredSessions(now),
    auditEntriesPurged: await deps.retention.purgeAuditLogBefore(monthsBefore(now, settings.auditLogMonths)),
  };
}
