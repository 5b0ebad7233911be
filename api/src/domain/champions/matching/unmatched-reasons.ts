import type { UnmatchedReason } from '../../../contracts/matching.js';
import type { MatchingProblem } from './matching-problem.js';

/**
 * Why a learner with needs was left without a champion. Looked up over every champion
 * (full or not), so the reason is true of the whole pool: no active champions at all;
 * nobody strong in what they need;
 * everyone who is, they were matched with recently; otherwise the ones who could help are
 * full (before the run, or filled by it: the rounds leave nobody with room unmatched).
 */
export class UnmatchedReasons {
  private readonly words: number;
  /** Per strength profile: every category its champions are strong in, and how many champions have it. */
  private readonly strong: Uint32Array;
  private readonly championsPerStrength: Int32Array;
  private readonly strongFor = new Map<number, number>();

  constructor(private readonly problem: MatchingProblem) {
    const { strengths } = problem;
    this.words = strengths.words;
    this.strong = new Uint32Array(strengths.size * this.words);
    for (let index = 0; index < this.strong.length; index += 1) this.strong[index] = strengths.first[index]! | strengths.second[index]!;
    this.championsPerStrength = new Int32Array(strengths.size);
    for (const strength of problem.championStrength) this.championsPerStrength[strength]! += 1;
  }

  reasonFor(learner: number): UnmatchedReason {
    const { problem } = this;
    if (problem.champions.length === 0) return 'no-champions';
    const need = problem.learnerNeed[learner]!;
    const self = problem.learnerSelf[learner]!;
    const helps = (champion: number) => this.overlaps(need, problem.championStrength[champion]!);
    const strong = this.strongChampions(need) - (self !== -1 && helps(self) ? 1 : 0);
    if (strong === 0) return 'no-strong-champion';
    let recentlyMatched = 0;
    for (const champion of problem.recent.get(learner) ?? []) {
      if (champion !== self && helps(champion)) recentlyMatched += 1;
    }
    return recentlyMatched === strong ? 'recently-matched' : 'at-capacity';
  }

  private overlaps(need: number, strength: number): boolean {
    const { needs } = this.problem;
    for (let w = 0; w < this.words; w += 1) {
      const wanted = needs.first[need * this.words + w]! | needs.second[need * this.words + w]!;
      if ((wanted & this.strong[strength * this.words + w]!) !== 0) return true;
    }
    return false;
  }

  /** How many champions are strong in at least one of the need profile's categories. */
  private strongChampions(need: number): number {
    let count = this.strongFor.get(need);
    if (count === undefined) {
      count = 0;
      for (let strength = 0; strength < this.championsPerStrength.length; strength += 1) {
        if (this.overlaps(need, strength)) count += this.championsPerStrength[strength]!;
      }
      this.strongFor.set(need, count);
    }
    return count;
  }
}
