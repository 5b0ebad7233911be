import type { MatchChampion, MatchLearner, Pairing } from '../../api/src/domain/champions/matching/matching-input.js';
import type { NeedKind, StrengthLevel } from '../../api/src/domain/champions/skill-profile.js';

/**
 * Made-up matching problems, the same for the same seed: learners with a few gaps and
 * skills to refresh, champions strong in most categories, spread over sites and services,
 * some already supporting people, and some recent pairings to avoid.
 */

const CATEGORIES = ['foundation', 'managing-information', 'communicating', 'transacting', 'problem-solving', 'creating', 'safe-and-legal', 'digital-at-work'];

/** mulberry32: small, fast and good enough to make test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface InstanceShape {
  learners: number;
  champions: number;
  sites: number;
  services: number;
  /** Capacities are drawn from minCapacity…maxCapacity; load from 0…maxLoad (never above capacity). */
  minCapacity: number;
  maxCapacity: number;
  maxLoad: number;
  /** Share of learners with a recent pairing to avoid (with one or two of the champions). */
  recentShare: number;
  /** Share of learners with no audit, and with nothing to improve. */
  noAuditShare?: number;
  nothingToImproveShare?: number;
}

export interface MatchingInstance {
  learners: MatchLearner[];
  champions: MatchChampion[];
  recentPairings: Pairing[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function integer(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function learnerNeeds(random: () => number): Map<string, NeedKind> {
  const needs = new Map<string, NeedKind>();
  const count = integer(random, 1, 4);
  while (needs.size < count) needs.set(pick(random, CATEGORIES), random() < 0.7 ? 'gap' : 'decay');
  return needs;
}

function championStrengths(random: () => number): Map<string, StrengthLevel> {
  const strengths = new Map<string, StrengthLevel>();
  for (const key of CATEGORIES) {
    const draw = random();
    if (draw < 0.35) strengths.set(key, 'confident');
    else if (draw < 0.65) strengths.set(key, 'capable');
  }
  return strengths;
}

export function generateMatchingInstance(shape: InstanceShape, seed: number, prefix = 'p'): MatchingInstance {
  const random = seededRandom(seed);
  const sites = Array.from({ length: shape.sites }, (_, index) => `site-${index}`);
  const services = Array.from({ length: shape.services }, (_, index) => `service-${index}`);
  const champions: MatchChampion[] = Array.from({ length: shape.champions }, (_, index) => {
    const capacity = integer(random, shape.minCapacity, shape.maxCapacity);
    return {
      personId: `${prefix}-champion-${index}`,
      siteId: random() < 0.9 ? pick(random, sites) : null,
      serviceId: random() < 0.9 ? pick(random, services) : null,
      capacity,
      load: Math.min(capacity, integer(random, 0, shape.maxLoad)),
      strengths: championStrengths(random),
    };
  });
  const learners: MatchLearner[] = Array.from({ length: shape.learners }, (_, index) => {
    const draw = random();
    const noAudit = shape.noAuditShare ?? 0;
    const nothing = shape.nothingToImproveShare ?? 0;
    return {
      personId: `${prefix}-learner-${index}`,
      siteId: random() < 0.9 ? pick(random, sites) : null,
      serviceId: random() < 0.9 ? pick(random, services) : null,
      inPerson: random() < 0.6,
      needs: draw < noAudit ? null : draw < noAudit + nothing ? new Map() : learnerNeeds(random),
    };
  });
  const recentPairings: Pairing[] = [];
  for (const learner of learners) {
    if (random() >= shape.recentShare || champions.length === 0) continue;
    for (let count = integer(random, 1, 2); count > 0; count -= 1) {
      recentPairings.push({ learnerId: learner.personId, championId: pick(random, champions).personId });
    }
  }
  return { learners, champions, recentPairings };
}
