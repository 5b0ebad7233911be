import type { CandidateEdges } from './candidate-lists.js';

/**
 * Candidate pairs in the order the greedy rounds take them: higher score first, then the
 * less full champion, then the order they were found in (so runs repeat). Hundreds of
 * thousands of pairs are sorted as packed numbers — score, fill, position — by the
 * engine's numeric sort, many times faster than a comparison function. Packing rounds the
 * score to a millionth and the fill to a 256th: pairs closer than that count as equal,
 * which only changes which of two practically equal pairs goes first.
 */

const SCORE_STEPS = 2 ** 20;
const FILL_STEPS = 2 ** 8;
/** Scores are coverage (at most 1) plus two bonuses of at most 1 each. */
const MAX_SCORE = 3;

export function edgeOrder(edges: CandidateEdges): Int32Array {
  const count = edges.count;
  const positionBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const scoreTop = MAX_SCORE * SCORE_STEPS;
  if (positionBits + 9 + Math.ceil(Math.log2(scoreTop + 1)) > 52) return comparedOrder(edges);
  const fillScale = 2 ** positionBits;
  const scoreScale = fillScale * (FILL_STEPS + 1);
  const keys = new Float64Array(count);
  for (let edge = 0; edge < count; edge += 1) {
    const score = Math.min(scoreTop, Math.round(edges.score[edge]! * SCORE_STEPS));
    const fill = Math.min(FILL_STEPS, Math.round(edges.fill[edge]! * FILL_STEPS));
    keys[edge] = (scoreTop - score) * scoreScale + fill * fillScale + edge;
  }
  keys.sort();
  const order = new Int32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = keys[index]! % fillScale;
  return order;
}

/** The same order by comparison, for a run too large to pack into a number. */
function comparedOrder(edges: CandidateEdges): Int32Array {
  const order = Int32Array.from({ length: edges.count }, (_, index) => index);
  return order.sort((a, b) => edges.score[b]! - edges.score[a]! || edges.fill[a]! - edges.fill[b]! || a - b);
}
