import type { LatestMatchRun } from '../../../contracts/matching.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import { viewOfRun } from './match-run-view.js';
import type { MatchingDeps } from './matching-deps.js';

/** The digital team's view of the latest run (matches as they stand now), and how many learners wait for the next. */
export async function getLatestRun(deps: Pick<MatchingDeps, 'matching'>, actor: Actor): Promise<LatestMatchRun> {
  requireAnyRole(actor, ['digital'], 'see champion matching runs');
  const [run, waitingLearners] = await Promise.all([deps.matching.latestRun(), deps.matching.countWaitingLearners()]);
  return { run: run ? await viewOfRun(deps, actor, run, 'latest-run') : null, waitingLearners };
}
