import { SCORE_EPSILON, type Assignment, type CandidateStore } from './assignment.js';

/**
 * Spreading the load without giving up any score: a learner moves to another champion only
 * when that pair scores exactly the same, and only when the move makes the champions' load
 * more even — measured as Σ load² ÷ capacity (load counting everyone they support), which
 * each move lowers, so the passes end. The greedy rounds already prefer the less full
 * champion between equal scores; this evens out what they could not see in advance.
 */

const MAX_SWEEPS = 50;

function evenness(assignment: Assignment, champion: number, change: 1 | -1): number {
  const capacity = assignment.problem.capacity[champion]!;
  const used = assignment.used[champion]!;
  return ((used + change) ** 2 - used ** 2) / capacity;
}

export function spreadLoad(assignment: Assignment, candidates: CandidateStore): void {
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep += 1) {
    let moved = false;
    for (let learner = 0; learner < assignment.championOf.length; learner += 1) {
      const home = assignment.championOf[learner]!;
      if (home === -1) continue;
      const score = assignment.scoreOf[learner]!;
      const leaving = evenness(assignment, home, -1);
      const champions = candidates.champions[learner]!;
      const scores = candidates.scores[learner]!;
      let best = -1;
      let bestChange = -SCORE_EPSILON;
      for (let index = 0; index < champions.length; index += 1) {
        const champion = champions[index]!;
        if (champion === home || Math.abs(scores[index]! - score) > SCORE_EPSILON || assignment.free(champion) <= 0) continue;
        const change = leaving + evenness(assignment, champion, 1);
        if (change < bestChange) {
          best = champion;
          bestChange = change;
        }
      }
      if (best !== -1) {
        assignment.assign(learner, best, score);
        moved = true;
      }
    }
    if (!moved) return;
  }
}
