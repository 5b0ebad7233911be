import type { MatchChampion, MatchingInput, MatchingWeights, MatchLearner } from './matching-input.js';
import { CategoryBits, MaskTable } from './skill-masks.js';

/**
 * The input turned into numbered arrays: learners who have something to learn (index →
 * person), champions (index → person), sites and services as small integers, needs and
 * strengths as shared mask profiles, and recent pairings as sets of champion indexes.
 */
export interface MatchingProblem {
  weights: MatchingWeights;
  learners: MatchLearner[];
  champions: readonly MatchChampion[];
  needs: MaskTable;
  strengths: MaskTable;
  learnerNeed: Int32Array;
  /** The learner's site when they want help in person, else −2 (never equal to a champion's). */
  learnerSite: Int32Array;
  /** −2 when unknown. */
  learnerService: Int32Array;
  /** The learner's own champion index when they are a champion too, else −1. */
  learnerSelf: Int32Array;
  recent: Map<number, Set<number>>;
  championStrength: Int32Array;
  /** −1 when unknown. */
  championSite: Int32Array;
  championService: Int32Array;
  capacity: Int32Array;
  /** People each champion supports already (their load), before this run. */
  initialLoad: Int32Array;
}

function numbering(): (id: string | null) => number {
  const numbers = new Map<string, number>();
  return (id) => {
    if (id === null) return -1;
    let number = numbers.get(id);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(id, number);
    }
    return number;
  };
}

/** Only learners with at least one need are in the problem; the rest are reported unmatched with their reason. */
export function buildProblem(input: MatchingInput, learners: MatchLearner[]): MatchingProblem {
  const bits = new CategoryBits();
  for (const learner of learners) for (const key of learner.needs?.keys() ?? []) bits.add(key);
  const site = numbering();
  const service = numbering();
  const { champions } = input;

  const strengths = new MaskTable(bits.words);
  const championStrength = new Int32Array(champions.length);
  const championSite = new Int32Array(champions.length);
  const championService = new Int32Array(champions.length);
  const capacity = new Int32Array(champions.length);
  const initialLoad = new Int32Array(champions.length);
  const championIndex = new Map<string, number>();
  champions.forEach((champion, index) => {
    championIndex.set(champion.personId, index);
    championStrength[index] = strengths.intern(...bits.strengthMasks(champion.strengths));
    championSite[index] = site(champion.siteId);
    championService[index] = service(champion.serviceId);
    capacity[index] = Math.max(0, champion.capacity);
    initialLoad[index] = Math.max(0, champion.load);
  });

  const needs = new MaskTable(bits.words);
  const learnerNeed = new Int32Array(learners.length);
  const learnerSite = new Int32Array(learners.length);
  const learnerService = new Int32Array(learners.length);
  const learnerSelf = new Int32Array(learners.length);
  const learnerIndex = new Map<string, number>();
  learners.forEach((learner, index) => {
    learnerIndex.set(learner.personId, index);
    learnerNeed[index] = needs.intern(...bits.needMasks(learner.needs ?? new Map()));
    learnerSite[index] = learner.inPerson && learner.siteId !== null ? site(learner.siteId) : -2;
    learnerService[index] = learner.serviceId === null ? -2 : service(learner.serviceId);
    learnerSelf[index] = championIndex.get(learner.personId) ?? -1;
  });

  const recent = new Map<number, Set<number>>();
  for (const pairing of input.recentPairings) {
    const learner = learnerIndex.get(pairing.learnerId);
    const champion = championIndex.get(pairing.championId);
    if (learner === undefined || champion === undefined) continue;
    let set = recent.get(learner);
    if (!set) recent.set(learner, (set = new Set()));
    set.add(champion);
  }

  return {
    weights: input.weights,
    learners,
    champions,
    needs,
    strengths,
    learnerNeed,
    learnerSite,
    learnerService,
    learnerSelf,
    recent,
    championStrength,
    championSite,
    championService,
    capacity,
    initialLoad,
  };
}
