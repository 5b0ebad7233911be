import { SCORE_EPSILON, type Assignment, type CandidateStore } from './assignment.js';
import { ChainFinder, type ChainMove } from './chain-finder.js';

/**
 * After the greedy rounds: apply the chains of hand-overs that raise the total score
 * (chain-finder.ts) until none is left. Each search applies every best chain that shares
 * no champion and no learner with a better one, so large runs need few searches. When no
 * chain and no cycle adds score, no better answer exists among the candidates; `budget`
 * (pairs looked at, in all) keeps very large runs within their time.
 */

function apply(assignment: Assignment, moves: readonly ChainMove[]): void {
  for (const move of moves) assignment.unassign(move.learner);
  for (const move of moves) if (move.to !== -1) assignment.assign(move.learner, move.to, move.score);
}

/** Applies the best chains that do not touch each other; returns how many. */
function applySeparateChains(assignment: Assignment, finder: ChainFinder): number {
  const ends: number[] = [];
  for (let champion = 0; champion < assignment.members.length; champion += 1) {
    if (finder.endGain(champion) > SCORE_EPSILON) ends.push(champion);
  }
  ends.sort((a, b) => finder.endGain(b) - finder.endGain(a) || a - b);
  const takenChampions = new Set<number>();
  const takenLearners = new Set<number>();
  const chosen: ChainMove[] = [];
  for (const end of ends) {
    const moves = finder.chainTo(end);
    if (!moves) continue;
    const champions = new Set<number>();
    for (const move of moves) {
      if (move.to !== -1) champions.add(move.to);
      const home = assignment.championOf[move.learner]!;
      if (home !== -1) champions.add(home);
    }
    if ([...champions].some((champion) => takenChampions.has(champion)) || moves.some((move) => takenLearners.has(move.learner))) continue;
    champions.forEach((champion) => takenChampions.add(champion));
    moves.forEach((move) => takenLearners.add(move.learner));
    chosen.push(...moves);
  }
  apply(assignment, chosen);
  return ends.length === 0 ? 0 : takenLearners.size;
}

export function improveAssignment(assignment: Assignment, candidates: CandidateStore, budget: number): void {
  const finder = new ChainFinder(assignment, candidates.pack());
  while (finder.relaxations < budget) {
    const onCycle = finder.search();
    if (onCycle !== -1) {
      const cycle = finder.cycleFrom(onCycle);
      if (!cycle || cycle.gain <= SCORE_EPSILON) return;
      apply(assignment, cycle.moves);
      continue;
    }
    if (applySeparateChains(assignment, finder) === 0) return;
  }
}
