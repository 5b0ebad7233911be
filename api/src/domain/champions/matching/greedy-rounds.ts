import type { Assignment, CandidateStore } from './assignment.js';
import { findCandidates, type CandidateEdges } from './candidate-lists.js';
import { edgeOrder } from './edge-order.js';
import type { MatchingProblem } from './matching-problem.js';

/**
 * The first answer: every candidate pair, best score first, taken while both sides are
 * free. Between equal scores the less full champion goes first. A learner whose
 * candidates all filled up gets new candidates among the champions who still have room,
 * round after round, until nobody who could still be matched is left waiting.
 */

function assignGreedily(assignment: Assignment, edges: CandidateEdges): number {
  let assigned = 0;
  for (const edge of edgeOrder(edges)) {
    const learner = edges.learner[edge]!;
    const champion = edges.champion[edge]!;
    if (assignment.championOf[learner] !== -1 || assignment.free(champion) <= 0) continue;
    assignment.assign(learner, champion, edges.score[edge]!);
    assigned += 1;
  }
  return assigned;
}

function freePlaces(assignment: Assignment): number {
  let places = 0;
  for (let champion = 0; champion < assignment.members.length; champion += 1) places += Math.max(0, assignment.free(champion));
  return places;
}

/**
 * After the first round, when far more people wait than there are places left, each needs
 * only a few candidates: the places go to the best pairs either way, and anyone whose few
 * candidates fill up looks again next round.
 */
function roundLimit(limit: number, round: number, waiting: number, places: number): number {
  if (round === 0) return limit;
  return Math.min(limit, Math.max(2, Math.ceil((limit * places) / waiting)));
}

export function fillInRounds(problem: MatchingProblem, assignment: Assignment, store: CandidateStore, limit: number): void {
  let waiting: number[] = [];
  for (let learner = 0; learner < problem.learners.length; learner += 1) {
    if (assignment.championOf[learner] === -1) waiting.push(learner);
  }
  for (let round = 0; waiting.length > 0; round += 1) {
    const places = freePlaces(assignment);
    if (places === 0) return;
    const edges = findCandidates(problem, assignment, waiting, roundLimit(limit, round, waiting.length, places));
    if (edges.count === 0) return;
    const withCandidates = new Set<number>();
    for (let edge = 0; edge < edges.count; edge += 1) {
      store.add(edges.learner[edge]!, edges.champion[edge]!, edges.score[edge]!);
      withCandidates.add(edges.learner[edge]!);
    }
    // The best remaining pair is always free, so each round matches someone: the loop ends.
    if (assignGreedily(assignment, edges) === 0) return;
    waiting = waiting.filter((learner) => withCandidates.has(learner) && assignment.championOf[learner] === -1);
  }
}
