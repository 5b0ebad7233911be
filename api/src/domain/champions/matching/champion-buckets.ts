import type { Assignment } from './assignment.js';
import type { MatchingProblem } from './matching-problem.js';

/**
 * Champions with room, in buckets of the same strength profile, site and service: every
 * champion in a bucket scores the same with a given learner, so a learner looks at a
 * bucket once. Within a bucket the least full champion comes first.
 */
export interface ChampionBuckets {
  count: number;
  strength: Int32Array;
  site: Int32Array;
  service: Int32Array;
  /** Bucket b's champions are order[start[b]] … order[start[b + 1] − 1]. */
  start: Int32Array;
  order: Int32Array;
  /** Per champion: how full they are now, and their bucket (−1 when they have no room). */
  fill: Float64Array;
  bucketOf: Int32Array;
  bySite: Map<number, number[]>;
  byService: Map<number, number[]>;
}

function hasStrengths(problem: MatchingProblem, champion: number): boolean {
  const { strengths } = problem;
  const profile = problem.championStrength[champion]!;
  for (let w = 0; w < strengths.words; w += 1) {
    if ((strengths.first[profile * strengths.words + w]! | strengths.second[profile * strengths.words + w]!) !== 0) return true;
  }
  return false;
}

function indexBy(map: Map<number, number[]>, key: number, bucket: number): void {
  if (key < 0) return;
  const list = map.get(key);
  if (list) list.push(bucket);
  else map.set(key, [bucket]);
}

export function bucketChampions(problem: MatchingProblem, assignment: Assignment): ChampionBuckets {
  const championCount = problem.champions.length;
  const fill = new Float64Array(championCount);
  const byKey = new Map<string, number[]>();
  let open = 0;
  for (let champion = 0; champion < championCount; champion += 1) {
    fill[champion] = assignment.fill(champion);
    if (assignment.free(champion) <= 0 || !hasStrengths(problem, champion)) continue;
    const key = `${problem.championStrength[champion]}|${problem.championSite[champion]}|${problem.championService[champion]}`;
    const bucket = byKey.get(key);
    if (bucket) bucket.push(champion);
    else byKey.set(key, [champion]);
    open += 1;
  }
  const count = byKey.size;
  const buckets: ChampionBuckets = {
    count,
    strength: new Int32Array(count),
    site: new Int32Array(count),
    service: new Int32Array(count),
    start: new Int32Array(count + 1),
    order: new Int32Array(open),
    fill,
    bucketOf: new Int32Array(championCount).fill(-1),
    bySite: new Map(),
    byService: new Map(),
  };
  let bucket = 0;
  let position = 0;
  for (const champions of byKey.values()) {
    champions.sort((a, b) => fill[a]! - fill[b]! || a - b);
    const first = champions[0]!;
    buckets.strength[bucket] = problem.championStrength[first]!;
    buckets.site[bucket] = problem.championSite[first]!;
    buckets.service[bucket] = problem.championService[first]!;
    indexBy(buckets.bySite, buckets.site[bucket]!, bucket);
    indexBy(buckets.byService, buckets.service[bucket]!, bucket);
    buckets.start[bucket] = position;
    for (const champion of champions) {
      buckets.order[position++] = champion;
      buckets.bucketOf[champion] = bucket;
    }
    bucket += 1;
  }
  buckets.start[count] = position;
  return buckets;
}
