import type { UnmatchedReason } from '../../../contracts/matching.js';
import type { PooledChampion } from '../champion-pool.js';
import type { NeedKind } from '../skill-profile.js';

/**
 * What the matching algorithm works on and what it gives back. It is pure: the use case
 * reads learners, champions and recent pairings, and writes what comes out.
 */

export interface MatchLearner {
  personId: string;
  siteId: string | null;
  serviceId: string | null;
  /** They asked for help in person, so a champion at the same site scores more. */
  inPerson: boolean;
  /** From their latest submitted audit, by category key; null when they have none. */
  needs: ReadonlyMap<string, NeedKind> | null;
}

/** A champion as matching needs them; room left is `capacity − load`. */
export type MatchChampion = Pick<PooledChampion, 'personId' | 'siteId' | 'serviceId' | 'capacity' | 'load' | 'strengths'>;

/** A learner and champion matched within the repeat period, who must not be matched again yet. */
export interface Pairing {
  learnerId: string;
  championId: string;
}

export interface MatchingWeights {
  sameSiteBonus: number;
  sameServiceBonus: number;
}

export interface MatchingInput {
  learners: readonly MatchLearner[];
  champions: readonly MatchChampion[];
  recentPairings: Iterable<Pairing>;
  weights: MatchingWeights;
}

/** How much of what the learner needs the champion is strong in. */
export interface CoverageCounts {
  gaps: number;
  gapsCovered: number;
  refresh: number;
  refreshCovered: number;
}

export interface ProposedMatch {
  learnerId: string;
  championId: string;
  score: number;
  explanation: string;
  counts: CoverageCounts;
  sameSite: boolean;
  sameService: boolean;
}

export interface UnmatchedLearnerResult {
  learnerId: string;
  reason: UnmatchedReason;
}

export interface MatchingOutcome {
  matches: ProposedMatch[];
  unmatched: UnmatchedLearnerResult[];
  totalScore: number;
}
