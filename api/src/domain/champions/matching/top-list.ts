import { SCORE_EPSILON } from './assignment.js';

/**
 * The best `limit` (score, fill, champion) entries offered, best first: higher score, then
 * the less full champion (spreading the load), then the lower index (so runs repeat).
 */
export class TopList {
  readonly score: Float64Array;
  readonly fill: Float64Array;
  readonly champion: Int32Array;
  size = 0;

  constructor(readonly limit: number) {
    this.score = new Float64Array(limit);
    this.fill = new Float64Array(limit);
    this.champion = new Int32Array(limit);
  }

  /** Whether an entry with this score could still make the list (ties are decided in `offer`). */
  admits(score: number): boolean {
    return this.size < this.limit || score >= this.score[this.limit - 1]! - SCORE_EPSILON;
  }

  /** Adds the entry when it makes the list; false when it does not (nor would a worse one). */
  offer(score: number, fill: number, champion: number): boolean {
    if (this.size === this.limit && !this.beats(score, fill, champion, this.limit - 1)) return false;
    let at = this.size < this.limit ? this.size++ : this.limit - 1;
    while (at > 0 && this.beats(score, fill, champion, at - 1)) {
      this.score[at] = this.score[at - 1]!;
      this.fill[at] = this.fill[at - 1]!;
      this.champion[at] = this.champion[at - 1]!;
      at -= 1;
    }
    this.score[at] = score;
    this.fill[at] = fill;
    this.champion[at] = champion;
    return true;
  }

  private beats(score: number, fill: number, champion: number, at: number): boolean {
    const difference = score - this.score[at]!;
    if (difference > SCORE_EPSILON) return true;
    if (difference < -SCORE_EPSILON) return false;
    if (fill !== this.fill[at]) return fill < this.fill[at]!;
    return champion < this.champion[at]!;
  }
}
