import type { Assignment } from './assignment.js';
import { bucketChampions, type ChampionBuckets } from './champion-buckets.js';
import type { MatchingProblem } from './matching-problem.js';
import { maskCoverage, needWeight } from './skill-masks.js';
import { TopList } from './top-list.js';

/**
 * Each learner's best `limit` champions with room, without scoring every pair. A bonus
 * only comes from the learner's own site or service, so a learner's best champions are
 * among: the champions best at their needs overall (worked out once for everyone with the
 * same needs), the buckets at their site, and the buckets in their service. A learner who
 * must avoid more champions than the overall list has to spare is scored against all.
 */
export interface CandidateEdges {
  count: number;
  learner: Int32Array;
  champion: Int32Array;
  score: Float64Array;
  fill: Float64Array;
}

function emptyEdges(room: number): CandidateEdges {
  return { count: 0, learner: new Int32Array(room), champion: new Int32Array(room), score: new Float64Array(room), fill: new Float64Array(room) };
}

/** Champions the overall list holds beyond `limit`, for those a learner must avoid (recent pairings, themselves). */
const SPARE = 8;

/** One need profile's coverage of every bucket and its best champions overall; reused for each profile in turn. */
class NeedView {
  readonly coverage: Float64Array;
  readonly best: TopList;
  need = -1;

  constructor(
    private readonly problem: MatchingProblem,
    private readonly buckets: ChampionBuckets,
    size: number,
  ) {
    this.coverage = new Float64Array(buckets.count);
    this.best = new TopList(size);
  }

  show(need: number): void {
    const { problem, buckets, coverage, best } = this;
    this.need = need;
    const weight = needWeight(problem.needs, need);
    best.size = 0;
    for (let bucket = 0; bucket < buckets.count; bucket += 1) {
      const value = maskCoverage(problem.needs, need, weight, problem.strengths, buckets.strength[bucket]!);
      coverage[bucket] = value;
      if (value <= 0 || !best.admits(value)) continue;
      for (let position = buckets.start[bucket]!; position < buckets.start[bucket + 1]!; position += 1) {
        const champion = buckets.order[position]!;
        if (!best.offer(value, buckets.fill[champion]!, champion)) break;
      }
    }
  }
}

class LearnerScan {
  readonly top: TopList;

  constructor(
    private readonly problem: MatchingProblem,
    private readonly buckets: ChampionBuckets,
    limit: number,
  ) {
    this.top = new TopList(limit);
  }

  run(learner: number, view: NeedView): void {
    const { problem, buckets, top } = this;
    const site = problem.learnerSite[learner]!;
    const service = problem.learnerService[learner]!;
    const self = problem.learnerSelf[learner]!;
    const recent = problem.recent.get(learner);
    const avoided = (self === -1 ? 0 : 1) + (recent?.size ?? 0);
    top.size = 0;
    if (avoided > SPARE) {
      for (let bucket = 0; bucket < buckets.count; bucket += 1) this.offerBucket(bucket, view, site, service, self, recent);
      return;
    }
    // Champions at their site or in their service are scored with their bonus below.
    const best = view.best;
    for (let rank = 0; rank < best.size; rank += 1) {
      const champion = best.champion[rank]!;
      if (champion === self || recent?.has(champion)) continue;
      const bucket = buckets.bucketOf[champion]!;
      if (buckets.site[bucket] === site || buckets.service[bucket] === service) continue;
      if (!top.offer(best.score[rank]!, best.fill[rank]!, champion)) break;
    }
    for (const bucket of buckets.bySite.get(site) ?? []) this.offerBucket(bucket, view, site, service, self, recent);
    for (const bucket of buckets.byService.get(service) ?? []) {
      if (buckets.site[bucket] !== site) this.offerBucket(bucket, view, site, service, self, recent);
    }
  }

  private offerBucket(bucket: number, view: NeedView, site: number, service: number, self: number, recent: Set<number> | undefined): void {
    const { buckets, top } = this;
    const coverage = view.coverage[bucket]!;
    if (coverage <= 0) return;
    const { sameSiteBonus, sameServiceBonus } = this.problem.weights;
    const score = coverage + (buckets.site[bucket] === site ? sameSiteBonus : 0) + (buckets.service[bucket] === service ? sameServiceBonus : 0);
    if (!top.admits(score)) return;
    for (let position = buckets.start[bucket]!; position < buckets.start[bucket + 1]!; position += 1) {
      const champion = buckets.order[position]!;
      if (champion === self || recent?.has(champion)) continue;
      // Least full first: once one does not make the list, the rest of the bucket will not either.
      if (!top.offer(score, buckets.fill[champion]!, champion)) return;
    }
  }
}

export function findCandidates(problem: MatchingProblem, assignment: Assignment, learners: readonly number[], limit: number): CandidateEdges {
  const buckets = bucketChampions(problem, assignment);
  if (buckets.count === 0) return emptyEdges(0);
  const edges = emptyEdges(learners.length * limit);
  const scan = new LearnerScan(problem, buckets, limit);
  // Learners with the same needs share one view of the buckets.
  const ordered = Int32Array.from(learners).sort((a, b) => problem.learnerNeed[a]! - problem.learnerNeed[b]! || a - b);
  const view = new NeedView(problem, buckets, limit + SPARE);
  for (const learner of ordered) {
    const need = problem.learnerNeed[learner]!;
    if (need !== view.need) view.show(need);
    scan.run(learner, view);
    const { top } = scan;
    for (let rank = 0; rank < top.size; rank += 1) {
      edges.learner[edges.count] = learner;
      edges.champion[edges.count] = top.champion[rank]!;
      edges.score[edges.count] = top.score[rank]!;
      edges.fill[edges.count] = top.fill[rank]!;
      edges.count += 1;
    }
  }
  return edges;
}
