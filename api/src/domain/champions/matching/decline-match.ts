import type { MyMatch } from '../../../contracts/matching.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { noticeOf, toMyMatch } from './match-dto.js';
import type { MatchingDeps } from './matching-deps.js';

/**
 * Either side of a match may decline it; the match is kept, marked declined with who and
 * when (so the pair is not matched again within the repeat period), and the other side is
 * told. A learner who still wants help stays opted in for the next run.
 */
export async function declineMatch(deps: MatchingDeps, actor: Actor, matchId: string): Promise<MyMatch> {
  const match = await deps.matching.findMatch(matchId);
  if (!match) throw AppError.notFound('The match');
  const side = match.learner.id === actor.personId ? 'learner' : match.champion.id === actor.personId ? 'champion' : undefined;
  if (!side) throw AppError.forbidden('Only the learner or the champion of a match can decline it.');
  if (match.status !== 'active' || !(await deps.matching.decline(matchId, actor.personId, deps.clock.now()))) {
    throw new AppError('conflict', 'This match has already been declined or has ended.');
  }
  const declined = await deps.matching.findMatch(matchId);
  if (!declined) throw AppError.notFound('The match');
  await deps.notifier.declined({ ...noticeOf(declined), by: side });
  return toMyMatch(declined, actor.personId);
}
