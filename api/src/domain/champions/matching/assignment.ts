import type { MatchingProblem } from './matching-problem.js';

/** Scores closer than this are the same score (they differ only by rounding). */
export const SCORE_EPSILON = 1e-9;

/** Who is matched with whom so far, and how full each champion is (their load before the run included). */
export class Assignment {
  readonly championOf: Int32Array;
  readonly scoreOf: Float64Array;
  readonly used: Int32Array;
  readonly members: number[][];

  constructor(readonly problem: MatchingProblem) {
    this.championOf = new Int32Array(problem.learners.length).fill(-1);
    this.scoreOf = new Float64Array(problem.learners.length);
    this.used = Int32Array.from(problem.initialLoad);
    this.members = problem.champions.map(() => []);
  }

  free(champion: number): number {
    return this.problem.capacity[champion]! - this.used[champion]!;
  }

  /** How full the champion is, counting everyone they support: the load-spreading tie-break. */
  fill(champion: number): number {
    const capacity = this.problem.capacity[champion]!;
    return capacity === 0 ? 1 : this.used[champion]! / capacity;
  }

  assign(learner: number, champion: number, score: number): void {
    if (this.championOf[learner] !== -1) this.unassign(learner);
    this.championOf[learner] = champion;
    this.scoreOf[learner] = score;
    this.used[champion]! += 1;
    this.members[champion]!.push(learner);
  }

  unassign(learner: number): void {
    const champion = this.championOf[learner]!;
    if (champion === -1) return;
    const members = this.members[champion]!;
    members.splice(members.indexOf(learner), 1);
    this.used[champion]! -= 1;
    this.championOf[learner] = -1;
    this.scoreOf[learner] = 0;
  }

  total(): number {
    let total = 0;
    for (const score of this.scoreOf) total += score;
    return total;
  }
}

/** Every learner's candidates in flat arrays: learner l's are at start[l] … start[l + 1] − 1. */
export interface PackedCandidates {
  start: Int32Array;
  champion: Int32Array;
  score: Float64Array;
}

/** Each learner's candidate champions and the pair's score, gathered over every round. */
export class CandidateStore {
  readonly champions: number[][];
  readonly scores: number[][];

  constructor(learners: number) {
    this.champions = Array.from({ length: learners }, () => []);
    this.scores = Array.from({ length: learners }, () => []);
  }

  add(learner: number, champion: number, score: number): void {
    const champions = this.champions[learner]!;
    if (champions.includes(champion)) return;
    champions.push(champion);
    this.scores[learner]!.push(score);
  }

  pack(): PackedCandidates {
    const start = new Int32Array(this.champions.length + 1);
    this.champions.forEach((list, learner) => (start[learner + 1] = start[learner]! + list.length));
    const champion = new Int32Array(start[this.champions.length]!);
    const score = new Float64Array(champion.length);
    this.champions.forEach((list, learner) => {
      champion.set(list, start[learner]!);
      score.set(this.scores[learner]!, start[learner]!);
    });
    return { start, champion, score };
  }
}
