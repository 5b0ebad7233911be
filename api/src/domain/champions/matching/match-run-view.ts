import {
  DEFAULT_MATCHING_SETTINGS,
  MatchingSettings,
  UNMATCHED_REASON_TEXT,
  type MatchRun,
} from '../../../contracts/matching.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { toMatch } from './match-dto.js';
import type { MatchingDeps, StoredMatch, StoredRun } from './matching-deps.js';

/**
 * A run as the digital team sees it, with every match as it stands now. Who was matched
 * and why comes from their skills audits, so each learner shown is a read of their record,
 * written to the audit log.
 */
export async function viewOfRun(
  deps: Pick<MatchingDeps, 'matching'>,
  actor: Actor,
  run: StoredRun,
  view: string,
  known?: readonly StoredMatch[],
): Promise<MatchRun> {
  const matches = known ?? (await deps.matching.matchesOfRun(run.id));
  const settings = MatchingSettings.safeParse(run.settings);
  const learners = [...matches.map((match) => match.learner.id), ...run.unmatched.map((entry) => entry.person.id)];
  await deps.matching.recordReads(
    learners
      .filter((learnerId) => learnerId !== actor.personId)
      .map((learnerId) => ({ actorPersonId: actor.personId, action: 'read' as const, resource: 'champion-matching', subjectPersonId: learnerId, details: { runId: run.id, view } })),
  );
  return {
    id: run.id,
    runAt: run.runAt.toISOString(),
    runBy: run.runBy,
    settings: settings.success ? settings.data : DEFAULT_MATCHING_SETTINGS,
    matchedCount: run.matchedCount,
    totalScore: run.totalScore,
    matches: matches.map(toMatch),
    unmatched: run.unmatched.map((entry) => ({ person: entry.person, reason: entry.reason, reasonText: UNMATCHED_REASON_TEXT[entry.reason] })),
  };
}

export async function findRunOrFail(deps: Pick<MatchingDeps, 'matching'>, runId: string): Promise<StoredRun> {
  const run = await deps.matching.findRun(runId);
  if (!run) throw AppError.notFound('The matching run');
  return run;
}
