import type { UnmatchedReason } from '../../../contracts/matching.js';
import { Assignment, CandidateStore } from './assignment.js';
import { fillInRounds } from './greedy-rounds.js';
import { improveAssignment } from './improve-assignment.js';
import { explainMatch } from './match-explanation.js';
import type { MatchingInput, MatchingOutcome, MatchLearner, ProposedMatch } from './matching-input.js';
import { buildProblem } from './matching-problem.js';
import { coverageCounts, sameService, sameSite } from './pair-score.js';
import { spreadLoad } from './spread-load.js';
import { UnmatchedReasons } from './unmatched-reasons.js';

/**
 * Matches learners with champions: the highest total score (pair-score.ts) without any
 * champion going over capacity, never a pair matched within the repeat period, never a
 * pair with nothing to learn from each other, and the load spread between equal choices.
 *
 * 1. Candidates: each learner's best champions with room (candidate-lists.ts).
 * 2. Greedy rounds: best pairs first, more candidates for those left waiting (greedy-rounds.ts).
 * 3. Improvement: chains of hand-overs, swaps and rotations that raise the total, until none
 *    is left (improve-assignment.ts): the best total among the candidates.
 * 4. Load: moves between champions who score exactly the same for the learner, towards the
 *    less loaded one (spread-load.ts). Spreading is a tie-break, never a cost: it does not
 *    lower the total score.
 *
 * On a council's scale every champion is a candidate for every learner, so the answer is
 * the best possible (tests/unit checks it against an exact solver). 20,000 learners and
 * 2,000 champions keep 16 candidates each and a budget for step 3, and take well under two
 * seconds (tests/bench).
 */

/** Candidate pairs in a round: every champion for each learner up to this many, else at least 16 each. */
const CANDIDATE_PAIRS = 320_000;
const MIN_CANDIDATES = 16;

function candidatesPerLearner(learners: number, champions: number): number {
  return Math.max(1, Math.min(champions, Math.max(MIN_CANDIDATES, Math.floor(CANDIDATE_PAIRS / Math.max(1, learners)))));
}

/** Candidate pairs the improvement may look at in all: enough to finish on councils of thousands. */
const IMPROVEMENT_BUDGET = 5_000_000;

function reasonWithoutNeeds(learner: MatchLearner): UnmatchedReason | undefined {
  if (!learner.needs) return 'no-audit';
  if (learner.needs.size === 0) return 'nothing-to-improve';
  return undefined;
}

export function matchLearners(input: MatchingInput): MatchingOutcome {
  const matchable = input.learners.filter((learner) => reasonWithoutNeeds(learner) === undefined);
  const problem = buildProblem(input, matchable);
  const assignment = new Assignment(problem);
  const candidates = new CandidateStore(matchable.length);

  const limit = candidatesPerLearner(matchable.length, input.champions.length);
  fillInRounds(problem, assignment, candidates, limit);
  improveAssignment(assignment, candidates, IMPROVEMENT_BUDGET);
  // A chain may have let someone go who can still have a place elsewhere.
  fillInRounds(problem, assignment, candidates, limit);
  spreadLoad(assignment, candidates);

  const reasons = new UnmatchedReasons(problem);
  const indexOf = new Map(matchable.map((learner, index) => [learner.personId, index]));
  const outcome: MatchingOutcome = { matches: [], unmatched: [], totalScore: 0 };
  for (const learner of input.learners) {
    const index = indexOf.get(learner.personId);
    if (index === undefined) {
      outcome.unmatched.push({ learnerId: learner.personId, reason: reasonWithoutNeeds(learner) ?? 'no-audit' });
      continue;
    }
    const champion = assignment.championOf[index]!;
    if (champion === -1) {
      outcome.unmatched.push({ learnerId: learner.personId, reason: reasons.reasonFor(index) });
      continue;
    }
    const match = describeMatch(input, learner, champion, assignment.scoreOf[index]!);
    outcome.matches.push(match);
    outcome.totalScore += match.score;
  }
  return outcome;
}

function describeMatch(input: MatchingInput, learner: MatchLearner, championIndex: number, score: number): ProposedMatch {
  const champion = input.champions[championIndex]!;
  const counts = coverageCounts(learner.needs ?? new Map(), champion.strengths);
  const site = sameSite(learner, champion);
  const service = sameService(learner, champion);
  return {
    learnerId: learner.personId,
    championId: champion.personId,
    score,
    explanation: explainMatch(counts, site, service),
    counts,
    sameSite: site,
    sameService: service,
  };
}
