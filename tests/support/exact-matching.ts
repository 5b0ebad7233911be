import type { MatchChampion, MatchingWeights, MatchLearner, Pairing } from '../../api/src/domain/champions/matching/matching-input.js';
import { pairScore } from '../../api/src/domain/champions/matching/pair-score.js';

/**
 * The best possible total score, worked out exactly and independently of the product's
 * algorithm: a min-cost flow over every eligible pair (source → learner → champion → sink,
 * a champion's edge to the sink carrying their room left), augmented one learner at a time
 * along the cheapest path found with Bellman–Ford, for as long as a path still adds score.
 * Slow: for test problems of up to a few hundred people.
 */

interface Edge {
  to: number;
  capacity: number;
  cost: number;
  reverse: number;
}

class FlowGraph {
  readonly edges: Edge[][];

  constructor(nodes: number) {
    this.edges = Array.from({ length: nodes }, () => []);
  }

  add(from: number, to: number, capacity: number, cost: number): void {
    this.edges[from]!.push({ to, capacity, cost, reverse: this.edges[to]!.length });
    this.edges[to]!.push({ to: from, capacity: 0, cost: -cost, reverse: this.edges[from]!.length - 1 });
  }

  /** Pushes one unit along the cheapest path while it has negative cost (adds score); returns the total cost. */
  minCost(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const distance = new Array<number>(this.edges.length).fill(Infinity);
      const previous = new Array<[number, number] | undefined>(this.edges.length).fill(undefined);
      distance[source] = 0;
      for (let pass = 0; pass < this.edges.length; pass += 1) {
        let changed = false;
        this.edges.forEach((edges, from) => {
          if (distance[from] === Infinity) return;
          edges.forEach((edge, index) => {
            if (edge.capacity > 0 && distance[from]! + edge.cost < distance[edge.to]! - 1e-12) {
              distance[edge.to] = distance[from]! + edge.cost;
              previous[edge.to] = [from, index];
              changed = true;
            }
          });
        });
        if (!changed) break;
      }
      if (distance[sink] === Infinity || distance[sink]! >= -1e-12) return total;
      for (let node = sink; node !== source; ) {
        const [from, index] = previous[node]!;
        const edge = this.edges[from]![index]!;
        edge.capacity -= 1;
        this.edges[node]![edge.reverse]!.capacity += 1;
        node = from;
      }
      total += distance[sink]!;
    }
  }
}

export function bestPossibleTotal(
  learners: readonly MatchLearner[],
  champions: readonly MatchChampion[],
  recentPairings: readonly Pairing[],
  weights: MatchingWeights,
): number {
  const recent = new Set(recentPairings.map((pairing) => `${pairing.learnerId}|${pairing.championId}`));
  const source = 0;
  const sink = 1 + learners.length + champions.length;
  const graph = new FlowGraph(sink + 1);
  learners.forEach((learner, l) => {
    graph.add(source, 1 + l, 1, 0);
    champions.forEach((champion, c) => {
      if (learner.personId === champion.personId || recent.has(`${learner.personId}|${champion.personId}`)) return;
      const score = pairScore(learner, champion, weights);
      if (score > 0) graph.add(1 + l, 1 + learners.length + c, 1, -score);
    });
  });
  champions.forEach((champion, c) => {
    const room = champion.capacity - champion.load;
    if (room > 0) graph.add(1 + learners.length + c, sink, room, 0);
  });
  return -graph.minCost(source, sink);
}
