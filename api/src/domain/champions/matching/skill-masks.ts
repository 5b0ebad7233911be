import { NEED_WEIGHT, STRENGTH_WEIGHT, type NeedKind, type StrengthLevel } from '../skill-profile.js';

/**
 * Needs and strengths as bit masks (one bit per category, 32 categories a word), so that a
 * pair's coverage is four population counts instead of map look-ups. Identical profiles
 * share one entry: a council's thousands of learners have far fewer distinct needs.
 */

export function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Distinct profiles of two masks each (gap/decay for needs, confident/capable for strengths). */
export class MaskTable {
  readonly first: number[] = [];
  readonly second: number[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(readonly words: number) {}

  get size(): number {
    return this.byKey.size;
  }

  /** The profile's index, adding it when new. */
  intern(first: Uint32Array, second: Uint32Array): number {
    const key = `${first.join(',')}|${second.join(',')}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const index = this.byKey.size;
    this.byKey.set(key, index);
    this.first.push(...first);
    this.second.push(...second);
    return index;
  }
}

/** Bit positions for the categories learners need; strengths elsewhere cannot cover anything. */
export class CategoryBits {
  private readonly bits = new Map<string, number>();

  add(key: string): void {
    if (!this.bits.has(key)) this.bits.set(key, this.bits.size);
  }

  get words(): number {
    return Math.max(1, Math.ceil(this.bits.size / 32));
  }

  needMasks(needs: ReadonlyMap<string, NeedKind>): [Uint32Array, Uint32Array] {
    const gap = new Uint32Array(this.words);
    const decay = new Uint32Array(this.words);
    for (const [key, need] of needs) this.set(need === 'gap' ? gap : decay, key);
    return [gap, decay];
  }

  strengthMasks(strengths: ReadonlyMap<string, StrengthLevel>): [Uint32Array, Uint32Array] {
    const confident = new Uint32Array(this.words);
    const capable = new Uint32Array(this.words);
    for (const [key, level] of strengths) this.set(level === 'confident' ? confident : capable, key);
    return [confident, capable];
  }

  private set(mask: Uint32Array, key: string): void {
    const bit = this.bits.get(key);
    if (bit === undefined) return;
    mask[bit >>> 5]! |= 1 << (bit & 31);
  }
}

/** The need profile's total weight: the denominator of its coverage. */
export function needWeight(needs: MaskTable, need: number): number {
  let weight = 0;
  for (let w = 0; w < needs.words; w += 1) {
    weight += NEED_WEIGHT.gap * popcount(needs.first[need * needs.words + w]!) + NEED_WEIGHT.decay * popcount(needs.second[need * needs.words + w]!);
  }
  return weight;
}

function coverageOfCounts(gapConfident: number, gapCapable: number, decayConfident: number, decayCapable: number, weight: number): number {
  const covered =
    NEED_WEIGHT.gap * (STRENGTH_WEIGHT.confident * gapConfident + STRENGTH_WEIGHT.capable * gapCapable) +
    NEED_WEIGHT.decay * (STRENGTH_WEIGHT.confident * decayConfident + STRENGTH_WEIGHT.capable * decayCapable);
  return covered / weight;
}

/** pairCoverage (pair-score.ts) from masks: the same rule, computed without maps. */
export function maskCoverage(needs: MaskTable, need: number, weight: number, strengths: MaskTable, strength: number): number {
  if (weight === 0) return 0;
  const words = needs.words;
  if (words === 1) {
    // Up to 32 categories (the shipped framework has 8): the common case, without loops.
    const gap = needs.first[need]!;
    const decay = needs.second[need]!;
    const confident = strengths.first[strength]!;
    const capable = strengths.second[strength]!;
    if (((gap | decay) & (confident | capable)) === 0) return 0;
    return coverageOfCounts(popcount(gap & confident), popcount(gap & capable), popcount(decay & confident), popcount(decay & capable), weight);
  }
  let gapConfident = 0;
  let gapCapable = 0;
  let decayConfident = 0;
  let decayCapable = 0;
  for (let w = 0; w < words; w += 1) {
    const gap = needs.first[need * words + w]!;
    const decay = needs.second[need * words + w]!;
    const confident = strengths.first[strength * words + w]!;
    const capable = strengths.second[strength * words + w]!;
    gapConfident += popcount(gap & confident);
    gapCapable += popcount(gap & capable);
    decayConfident += popcount(decay & confident);
    decayCapable += popcount(decay & capable);
  }
  return coverageOfCounts(gapConfident, gapCapable, decayConfident, decayCapable, weight);
}
