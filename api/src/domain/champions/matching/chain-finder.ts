import { SCORE_EPSILON, type Assignment, type PackedCandidates } from './assignment.js';

/**
 * The best chains of hand-overs, over champions. A chain starts with someone taking a
 * place with a champion (an unmatched learner, or nobody when it starts with a move out);
 * while that champion is then one over capacity, one of theirs moves on to another of
 * their candidates; it ends at a champion with room, or by the one there who scores least
 * giving up their place. gain[c] is the most a chain can add up to with one person too
 * many at c, found with Bellman–Ford in queue order (the chain with the longest gain); a
 * chain longer than there are champions means a cycle of moves that adds score on its own
 * (a swap or a rotation).
 */

export interface ChainMove {
  learner: number;
  /** −1: the learner gives up their place. */
  to: number;
  score: number;
}

export class ChainFinder {
  readonly gain: Float64Array;
  private readonly viaLearner: Int32Array;
  private readonly viaChampion: Int32Array;
  private readonly viaScore: Float64Array;
  private readonly seen: Int32Array;
  /** Moves in the best chain into each champion. */
  private readonly length: Int32Array;
  private stamp = 0;
  relaxations = 0;

  constructor(
    private readonly assignment: Assignment,
    private readonly candidates: PackedCandidates,
  ) {
    const champions = assignment.members.length;
    this.gain = new Float64Array(champions);
    this.viaLearner = new Int32Array(champions);
    this.viaChampion = new Int32Array(champions);
    this.viaScore = new Float64Array(champions);
    this.seen = new Int32Array(champions);
    this.length = new Int32Array(champions);
  }

  /** Works out every champion's best chain; returns a champion on a cycle that adds score, or −1. */
  search(): number {
    const { assignment, candidates, gain, viaLearner, viaChampion, viaScore, length } = this;
    const { start, champion: to, score } = candidates;
    const champions = gain.length;
    gain.fill(0);
    viaLearner.fill(-1);
    viaChampion.fill(-1);
    length.fill(0);
    for (let learner = 0; learner < assignment.championOf.length; learner += 1) {
      if (assignment.championOf[learner] !== -1) continue;
      for (let k = start[learner]!; k < start[learner + 1]!; k += 1) {
        if (score[k]! <= gain[to[k]!]! + SCORE_EPSILON) continue;
        gain[to[k]!] = score[k]!;
        viaLearner[to[k]!] = learner;
        viaScore[to[k]!] = score[k]!;
      }
    }
    // Shortest-path-faster order: only champions whose gain rose have chains to pass on.
    const queue = new Int32Array(champions + 1);
    const queued = new Uint8Array(champions).fill(1);
    for (let champion = 0; champion < champions; champion += 1) queue[champion] = champion;
    let head = 0;
    let tail = champions;
    let waiting = champions;
    while (waiting > 0) {
      const home = queue[head]!;
      head = head === champions ? 0 : head + 1;
      waiting -= 1;
      queued[home] = 0;
      for (const learner of assignment.members[home]!) {
        const base = gain[home]! - assignment.scoreOf[learner]!;
        this.relaxations += start[learner + 1]! - start[learner]!;
        for (let k = start[learner]!; k < start[learner + 1]!; k += 1) {
          const champion = to[k]!;
          const reached = base + score[k]!;
          if (champion === home || reached <= gain[champion]! + SCORE_EPSILON) continue;
          // A chain that comes back to a champion it passed through is a cycle that adds score.
          if (this.leadsThrough(home, champion)) {
            viaLearner[champion] = learner;
            viaChampion[champion] = home;
            viaScore[champion] = score[k]!;
            return champion;
          }
          gain[champion] = reached;
          viaLearner[champion] = learner;
          viaChampion[champion] = home;
          viaScore[champion] = score[k]!;
          length[champion] = length[home]! + 1;
          // Cannot happen without a cycle, which leadsThrough finds first; a guard all the same.
          if (length[champion]! > champions) return champion;
          if (queued[champion] === 1) continue;
          queued[champion] = 1;
          queue[tail] = champion;
          tail = tail === champions ? 0 : tail + 1;
          waiting += 1;
        }
      }
    }
    return -1;
  }

  /** What a chain ending at `champion` adds in all, counting the place given up there if it is full. */
  endGain(champion: number): number {
    const { assignment } = this;
    if (assignment.free(champion) > 0) return this.gain[champion]!;
    const weakest = this.weakestMember(champion);
    return weakest === -1 ? -Infinity : this.gain[champion]! - this.assignment.scoreOf[weakest]!;
  }

  /** The moves of the best chain ending at `champion`, last move first; undefined when it loops. */
  chainTo(champion: number): ChainMove[] | undefined {
    const moves: ChainMove[] = [];
    if (this.assignment.free(champion) <= 0) moves.push({ learner: this.weakestMember(champion), to: -1, score: 0 });
    this.stamp += 1;
    for (let node = champion; node !== -1; node = this.viaChampion[node]!) {
      if (this.seen[node] === this.stamp) return undefined;
      this.seen[node] = this.stamp;
      const learner = this.viaLearner[node]!;
      if (learner === -1) break;
      moves.push({ learner, to: node, score: this.viaScore[node]! });
    }
    return moves;
  }

  /** The moves of the cycle through (or leading to) `champion`, and what they add; undefined when there is none. */
  cycleFrom(champion: number): { moves: ChainMove[]; gain: number } | undefined {
    let node = champion;
    for (let step = 0; step < this.gain.length && node !== -1; step += 1) node = this.viaChampion[node]!;
    if (node === -1) return undefined;
    const moves: ChainMove[] = [];
    let gain = 0;
    const first = node;
    do {
      const learner = this.viaLearner[node]!;
      moves.push({ learner, to: node, score: this.viaScore[node]! });
      gain += this.viaScore[node]! - this.assignment.scoreOf[learner]!;
      node = this.viaChampion[node]!;
    } while (node !== first && node !== -1 && moves.length <= this.gain.length);
    return node === first ? { moves, gain } : undefined;
  }

  /** Whether the best chain into `home` passes through `champion`. */
  private leadsThrough(home: number, champion: number): boolean {
    let node = home;
    for (let steps = this.gain.length; steps > 0 && node !== -1; steps -= 1) {
      if (node === champion) return true;
      node = this.viaChampion[node]!;
    }
    return false;
  }

  private weakestMember(champion: number): number {
    let weakest = -1;
    for (const member of this.assignment.members[champion]!) {
      if (weakest === -1 || this.assignment.scoreOf[member]! < this.assignment.scoreOf[weakest]!) weakest = member;
    }
    return weakest;
  }
}
