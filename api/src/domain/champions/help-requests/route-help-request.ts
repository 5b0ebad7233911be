import type { PooledChampion } from '../champion-pool.js';
import { STRENGTH_WEIGHT } from '../skill-profile.js';
import { londonWeekday } from '../../shared/working-hours.js';

/**
 * Which champion a help request is offered to next. Pure: the pool, the request and the
 * time in, one champion (or none) out, the same answer every time for the same input.
 *
 * Nobody is offered their own request, a request twice, or more people than they said they
 * can support. Champions who do not work today are asked only when nobody who does is free,
 * so a request is not left waiting for a day off when a colleague could help now.
 */

export interface RoutingRequest {
  requesterId: string;
  /** Where the requester works; a champion at the same site can help in person. */
  requesterSiteId: string | null;
  categoryKey: string;
  question: string;
  /** Champions this request has already been offered to. */
  alreadyOffered: ReadonlySet<string>;
}

export interface RoutedChampion {
  champion: PooledChampion;
  score: number;
  worksToday: boolean;
}

/** How much each thing counts. Strength in the skill matters most; the rest break near-ties. */
export const ROUTING_WEIGHTS = {
  /** Times STRENGTH_WEIGHT: a confident champion scores 4, a capable one 2.4. */
  strength: 4,
  /** Per declared specialism whose words appear in the question, up to `specialismCap`. */
  specialism: 0.75,
  specialismCap: 1.5,
  sameSite: 1,
  /** Times the share of their capacity still free. */
  spareCapacity: 1,
} as const;

const WORD = /[\p{L}\p{N}]+/gu;
/** Words too common to say anything about what someone can help with. */
const IGNORED = new Set(['the', 'and', 'for', 'with', 'using', 'use', 'how', 'council', 'councils', 'our', 'my', 'of', 'to', 'in', 'on', 'a', 'an']);

/** Lower-case words with a plural "s" taken off, so "screen readers" meets "screen reader". */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().replace(/['’]/g, '').match(WORD) ?? []).map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

/**
 * The meaningful words of each specialism, worked out once: routing scores every champion's
 * specialisms for every request, and champions share many ("Excel", "Teams meetings").
 */
const specialismWords = new Map<string, readonly string[]>();
const SPECIALISMS_REMEMBERED = 20_000;

function meaningfulWords(specialism: string): readonly string[] {
  let words = specialismWords.get(specialism);
  if (!words) {
    words = wordsOf(specialism).filter((word) => !IGNORED.has(word));
    if (specialismWords.size >= SPECIALISMS_REMEMBERED) specialismWords.clear();
    specialismWords.set(specialism, words);
  }
  return words;
}

/** A specialism matches when each of its meaningful words is in the question. */
export function specialismMatches(specialism: string, questionWords: ReadonlySet<string>): boolean {
  const words = meaningfulWords(specialism);
  return words.length > 0 && words.every((word) => questionWords.has(word));
}

export function routingScore(champion: PooledChampion, request: Pick<RoutingRequest, 'categoryKey' | 'requesterSiteId'>, questionWords: ReadonlySet<string>): number {
  const level = champion.strengths.get(request.categoryKey);
  let score = level ? STRENGTH_WEIGHT[level] * ROUTING_WEIGHTS.strength : 0;
  let specialisms = 0;
  for (const specialism of champion.specialisms) {
    if (specialismMatches(specialism, questionWords)) specialisms += ROUTING_WEIGHTS.specialism;
  }
  score += Math.min(specialisms, ROUTING_WEIGHTS.specialismCap);
  if (request.requesterSiteId !== null && champion.siteId === request.requesterSiteId) score += ROUTING_WEIGHTS.sameSite;
  score += (1 - champion.load / champion.capacity) * ROUTING_WEIGHTS.spareCapacity;
  return score;
}

/** Higher score first; then the lighter load; then the person id, so ties always fall the same way. */
function better(a: RoutedChampion, b: RoutedChampion): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const loadA = a.champion.load / a.champion.capacity;
  const loadB = b.champion.load / b.champion.capacity;
  if (loadA !== loadB) return loadA < loadB;
  return a.champion.personId < b.champion.personId;
}

/** The best champion to offer the request to at `at`, or undefined when nobody can take it. */
export function chooseChampion(pool: readonly PooledChampion[], request: RoutingRequest, at: Date): RoutedChampion | undefined {
  const today = londonWeekday(at);
  const questionWords = new Set(wordsOf(request.question));
  let bestWorking: RoutedChampion | undefined;
  let bestOther: RoutedChampion | undefined;
  for (const champion of pool) {
    if (champion.personId === request.requesterId || request.alreadyOffered.has(champion.personId)) continue;
    if (champion.load >= champion.capacity) continue;
    const worksToday = champion.workingDays.includes(today);
    const candidate: RoutedChampion = { champion, score: routingScore(champion, request, questionWords), worksToday };
    if (worksToday) {
      if (!bestWorking || better(candidate, bestWorking)) bestWorking = candidate;
    } else if (!bestOther || better(candidate, bestOther)) {
      bestOther = candidate;
    }
  }
  return bestWorking ?? bestOther;
}
