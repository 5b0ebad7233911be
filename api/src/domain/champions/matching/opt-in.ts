import type { MyMatching, OptInBody } from '../../../contracts/matching.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { getMyMatching } from './get-my-matching.js';
import type { MatchingDeps } from './matching-deps.js';

/**
 * A learner asks, from their report, to be matched with a Digital Champion. Matching works
 * from their gaps, so it needs a submitted skills audit. Asking again changes their choice
 * (in person or not) and keeps them in the next run.
 */
export async function optIn(deps: Pick<MatchingDeps, 'matching' | 'clock'>, actor: Actor, body: OptInBody): Promise<MyMatching> {
  if (!(await deps.matching.hasSubmittedAudit(actor.personId))) {
    throw new AppError(
      'conflict',
      'Take the skills audit first. We match you with a champion who is strong in what your audit shows you need.',
    );
  }
  await deps.matching.optIn(actor.personId, { inPerson: body.inPerson, note: body.note ?? '' }, deps.clock.now());
  return getMyMatching(deps, actor);
}

/** A learner withdraws: later runs leave them out. A champion they already have stays until either declines. */
export async function optOut(deps: Pick<MatchingDeps, 'matching' | 'clock'>, actor: Actor): Promise<MyMatching> {
  await deps.matching.withdraw(actor.personId, deps.clock.now());
  return getMyMatching(deps, actor);
}
