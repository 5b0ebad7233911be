import { UNMATCHED_REASON_TEXT, type MyMatching } from '../../../contracts/matching.js';
import type { Actor } from '../../shared/actor.js';
import { toMyMatch } from './match-dto.js';
import type { MatchingDeps } from './matching-deps.js';

/**
 * A person's own matching: whether they can ask (a submitted audit), whether they have,
 * their champion with a chat link, why the latest run left them waiting, and — for a
 * champion — the people matched with them now.
 */
export async function getMyMatching(deps: Pick<MatchingDeps, 'matching'>, actor: Actor): Promise<MyMatching> {
  const personId = actor.personId;
  const [hasAudit, optIn, match, asChampion] = await Promise.all([
    deps.matching.hasSubmittedAudit(personId),
    deps.matching.findOptIn(personId),
    deps.matching.activeMatchAsLearner(personId),
    deps.matching.activeMatchesAsChampion(personId),
  ]);
  const unmatched = optIn && !match ? await deps.matching.latestUnmatched(personId) : undefined;
  return {
    hasAudit,
    optIn: optIn ? { inPerson: optIn.inPerson, note: optIn.note, optedInAt: optIn.optedInAt.toISOString() } : null,
    match: match ? toMyMatch(match, personId) : null,
    // A run before they asked says nothing about them.
    lastUnmatched:
      unmatched && optIn && unmatched.runAt >= optIn.optedInAt
        ? { runAt: unmatched.runAt.toISOString(), reason: unmatched.reason, reasonText: UNMATCHED_REASON_TEXT[unmatched.reason] }
        : null,
    asChampion: asChampion.map((stored) => toMyMatch(stored, personId)),
  };
}
