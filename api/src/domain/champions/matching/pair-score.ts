import { NEED_WEIGHT, STRENGTH_WEIGHT, type NeedKind, type StrengthLevel } from '../skill-profile.js';
import type { CoverageCounts, MatchChampion, MatchingWeights, MatchLearner } from './matching-input.js';

/**
 * The score of one learner–champion pair, by the rule every part of matching follows:
 *
 *   coverage = Σ over the learner's needs of NEED_WEIGHT[need] × STRENGTH_WEIGHT[champion's strength]
 *              ÷ Σ over the learner's needs of NEED_WEIGHT[need]
 *   score    = coverage + same-site bonus (only when the learner wants help in person)
 *                       + same-service bonus
 *
 * A pair with no coverage is never matched, whatever its bonuses: sharing a building does
 * not help someone learn what the champion cannot do. The fast path (skill-masks.ts)
 * computes the same numbers from bit masks.
 */

export function pairCoverage(needs: ReadonlyMap<string, NeedKind>, strengths: ReadonlyMap<string, StrengthLevel>): number {
  let weight = 0;
  let covered = 0;
  for (const [key, need] of needs) {
    weight += NEED_WEIGHT[need];
    const strength = strengths.get(key);
    if (strength) covered += NEED_WEIGHT[need] * STRENGTH_WEIGHT[strength];
  }
  return weight === 0 ? 0 : covered / weight;
}

export function sameSite(learner: MatchLearner, champion: MatchChampion): boolean {
  return learner.inPerson && learner.siteId !== null && learner.siteId === champion.siteId;
}

export function sameService(learner: MatchLearner, champion: MatchChampion): boolean {
  return learner.serviceId !== null && learner.serviceId === champion.serviceId;
}

/** The pair's score, or 0 when the champion covers none of the learner's needs. */
export function pairScore(learner: MatchLearner, champion: MatchChampion, weights: MatchingWeights): number {
  if (!learner.needs) return 0;
  const coverage = pairCoverage(learner.needs, champion.strengths);
  if (coverage <= 0) return 0;
  return coverage + (sameSite(learner, champion) ? weights.sameSiteBonus : 0) + (sameService(learner, champion) ? weights.sameServiceBonus : 0);
}

export function coverageCounts(needs: ReadonlyMap<string, NeedKind>, strengths: ReadonlyMap<string, StrengthLevel>): CoverageCounts {
  const counts: CoverageCounts = { gaps: 0, gapsCovered: 0, refresh: 0, refreshCovered: 0 };
  for (const [key, need] of needs) {
    const covered = strengths.has(key) ? 1 : 0;
    if (need === 'gap') {
      counts.gaps += 1;
      counts.gapsCovered += covered;
    } else {
      counts.refresh += 1;
      counts.refreshCovered += covered;
    }
  }
  return counts;
}
