import { DEFAULT_MATCHING_SETTINGS, type MatchingSettings, type MatchRun, type RunMatchingBody } from '../../../contracts/matching.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import { skillProfileFrom } from '../skill-profile.js';
import { matchLearners } from './match-learners.js';
import { noticeOf } from './match-dto.js';
import { findRunOrFail, viewOfRun } from './match-run-view.js';
import type { MatchLearner } from './matching-input.js';
import type { MatchingDeps, MatchRunStore } from './matching-deps.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The digital team matches every learner waiting for a champion: opted in, no active
 * match. Learners, audits, champions (with their load) and recent pairings are read and
 * the run written in one transaction under the matching lock; then each side is told.
 */
export async function runMatching(deps: MatchingDeps, actor: Actor, body: RunMatchingBody = {}): Promise<MatchRun> {
  // Runs are the digital team's: they run matching and follow up on who was left out.
  requireAnyRole(actor, ['digital'], 'run champion matching');
  const settings: MatchingSettings = { ...DEFAULT_MATCHING_SETTINGS, ...body };
  const runAt = deps.clock.now();
  const runId = await deps.matching.inRunLock((store) => matchAndSave(store, actor, settings, runAt));
  const matches = await deps.matching.matchesOfRun(runId);
  const run = await viewOfRun(deps, actor, await findRunOrFail(deps, runId), 'run', matches);
  await deps.notifier.matched(matches.map(noticeOf));
  return run;
}

async function matchAndSave(store: MatchRunStore, actor: Actor, settings: MatchingSettings, runAt: Date): Promise<string> {
  const waiting = await store.waitingLearners();
  const [audits, champions, recentPairings] = await Promise.all([
    store.latestAudits(waiting.map((learner) => learner.personId)),
    store.activeChampions(),
    store.pairingsSince(new Date(runAt.getTime() - settings.repeatPeriodDays * DAY_MS)),
  ]);
  const learners = waiting.map((learner): MatchLearner => {
    const audit = audits.get(learner.personId);
    return { ...learner, needs: audit ? skillProfileFrom(audit).needs : null };
  });
  const outcome = matchLearners({ learners, champions, recentPairings, weights: settings });
  return store.saveRun({ runBy: actor.personId, runAt, settings, outcome });
}
