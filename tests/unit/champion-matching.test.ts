import { describe, expect, it } from '@jest/globals';
import { explainMatch } from '../../api/src/domain/champions/matching/match-explanation.js';
import { matchLearners } from '../../api/src/domain/champions/matching/match-learners.js';
import type { MatchChampion, MatchingInput, MatchingOutcome, MatchLearner, Pairing } from '../../api/src/domain/champions/matching/matching-input.js';
import { pairCoverage, pairScore } from '../../api/src/domain/champions/matching/pair-score.js';
import type { NeedKind, StrengthLevel } from '../../api/src/domain/champions/skill-profile.js';
import { generateMatchingInstance, seededRandom, type InstanceShape } from '../factories/matching-instances.js';
import { bestPossibleTotal } from '../support/exact-matching.js';

const WEIGHTS = { sameSiteBonus: 0.2, sameServiceBonus: 0.1 };

function learner(personId: string, needs: Record<string, NeedKind> | null, place: Partial<MatchLearner> = {}): MatchLearner {
  return { personId, siteId: null, serviceId: null, inPerson: false, needs: needs && new Map(Object.entries(needs)), ...place };
}

function champion(personId: string, strengths: Record<string, StrengthLevel>, place: Partial<MatchChampion> = {}): MatchChampion {
  return { personId, siteId: null, serviceId: null, capacity: 3, load: 0, strengths: new Map(Object.entries(strengths)), ...place };
}

function run(learners: MatchLearner[], champions: MatchChampion[], recentPairings: Pairing[] = []): MatchingOutcome {
  return matchLearners({ learners, champions, recentPairings, weights: WEIGHTS });
}

const MEDIUM: InstanceShape = { learners: 60, champions: 12, sites: 3, services: 4, minCapacity: 1, maxCapacity: 4, maxLoad: 2, recentShare: 0.3, noAuditShare: 0.05, nothingToImproveShare: 0.05 };

function randomInputs(count: number, shape: InstanceShape): MatchingInput[] {
  return Array.from({ length: count }, (_, index) => ({ ...generateMatchingInstance(shape, 1000 + index), weights: WEIGHTS }));
}

describe('pairScore', () => {
  it('weighs a gap fully and learning decay by half, and a capable champion at 0.6 of a confident one', () => {
    const needs = new Map<string, NeedKind>([
      ['communicating', 'gap'],
      ['transacting', 'decay'],
    ]);
    const strengths = new Map<string, StrengthLevel>([
      ['communicating', 'capable'],
      ['transacting', 'confident'],
    ]);

    expect(pairCoverage(needs, strengths)).toBeCloseTo((1 * 0.6 + 0.5 * 1) / 1.5, 12);
  });

  it('adds the same-site bonus only when the learner wants help in person, and the same-service bonus', () => {
    const strong = champion('c', { creating: 'confident' }, { siteId: 'civic-centre', serviceId: 'revenues' });
    const place = { siteId: 'civic-centre', serviceId: 'revenues' };

    expect(pairScore(learner('l', { creating: 'gap' }, { ...place, inPerson: true }), strong, WEIGHTS)).toBeCloseTo(1.3, 12);
    expect(pairScore(learner('l', { creating: 'gap' }, { ...place, inPerson: false }), strong, WEIGHTS)).toBeCloseTo(1.1, 12);
  });

  it('is 0 when the champion is strong in nothing the learner needs, whatever they share', () => {
    const place = { siteId: 'depot', serviceId: 'waste', inPerson: true };

    expect(pairScore(learner('l', { creating: 'gap' }, place), champion('c', { transacting: 'confident' }, place), WEIGHTS)).toBe(0);
  });
});

describe('explainMatch', () => {
  it('says how many gaps are covered and what the pair shares, in plain words', () => {
    expect(explainMatch({ gaps: 4, gapsCovered: 3, refresh: 0, refreshCovered: 0 }, true, true)).toBe('covers 3 of 4 gaps · same building · same service');
  });

  it('calls learning decay "skills to refresh"', () => {
    expect(explainMatch({ gaps: 1, gapsCovered: 1, refresh: 2, refreshCovered: 1 }, false, false)).toBe('covers 1 of 1 gap and 1 of 2 skills to refresh');
    expect(explainMatch({ gaps: 0, gapsCovered: 0, refresh: 1, refreshCovered: 1 }, true, false)).toBe('covers 1 of 1 skill to refresh · same building');
  });
});

describe('matchLearners', () => {
  it('never puts a champion over capacity, counting the people they already support', () => {
    for (const input of randomInputs(40, MEDIUM)) {
      const outcome = matchLearners(input);
      for (const candidate of input.champions) {
        const matched = outcome.matches.filter((match) => match.championId === candidate.personId).length;
        expect(candidate.load + matched).toBeLessThanOrEqual(Math.max(candidate.capacity, candidate.load));
        if (candidate.load >= candidate.capacity) expect(matched).toBe(0);
      }
    }
  });

  it('never matches a pair matched within the repeat period, nor a champion with themselves', () => {
    for (const input of randomInputs(40, MEDIUM)) {
      const recent = new Set([...input.recentPairings].map((pairing) => `${pairing.learnerId}|${pairing.championId}`));
      for (const match of matchLearners(input).matches) {
        expect(recent.has(`${match.learnerId}|${match.championId}`)).toBe(false);
        expect(match.learnerId).not.toBe(match.championId);
      }
    }
    const both = champion('person-1', { creating: 'confident' });
    expect(run([learner('person-1', { creating: 'gap' })], [both]).unmatched).toEqual([{ learnerId: 'person-1', reason: 'no-strong-champion' }]);
  });

  it('matches each learner at most once, only where the champion covers a need, and reports the pair’s score', () => {
    for (const input of randomInputs(40, MEDIUM)) {
      const outcome = matchLearners(input);
      const learners = new Map(input.learners.map((each) => [each.personId, each]));
      const champions = new Map(input.champions.map((each) => [each.personId, each]));
      expect(new Set(outcome.matches.map((match) => match.learnerId)).size).toBe(outcome.matches.length);
      for (const match of outcome.matches) {
        const expected = pairScore(learners.get(match.learnerId)!, champions.get(match.championId)!, WEIGHTS);
        expect(expected).toBeGreaterThan(0);
        expect(match.score).toBeCloseTo(expected, 9);
      }
      expect(outcome.totalScore).toBeCloseTo(outcome.matches.reduce((sum, match) => sum + match.score, 0), 9);
    }
  });

  it('gives every match an explanation that says what it covers', () => {
    for (const input of randomInputs(40, MEDIUM)) {
      for (const match of matchLearners(input).matches) {
        expect(match.explanation).toMatch(/^covers \d+ of \d+ (gaps?|skills? to refresh)/);
        expect(match.explanation.includes('same building')).toBe(match.sameSite);
        expect(match.explanation.includes('same service')).toBe(match.sameService);
      }
    }
  });

  it('lists every learner it did not match, once, with a reason', () => {
    for (const input of randomInputs(40, MEDIUM)) {
      const outcome = matchLearners(input);
      const listed = [...outcome.matches.map((match) => match.learnerId), ...outcome.unmatched.map((entry) => entry.learnerId)];
      expect(listed.sort()).toEqual(input.learners.map((each) => each.personId).sort());
    }
  });

  it('says "at capacity" only when every champion who could help is full, and leaves nobody out who has one with room', () => {
    for (const input of randomInputs(40, MEDIUM)) {
      const outcome = matchLearners(input);
      const used = new Map(input.champions.map((each) => [each.personId, each.load]));
      for (const match of outcome.matches) used.set(match.championId, used.get(match.championId)! + 1);
      const recent = new Set([...input.recentPairings].map((pairing) => `${pairing.learnerId}|${pairing.championId}`));
      for (const entry of outcome.unmatched.filter((each) => each.reason === 'at-capacity')) {
        const who = input.learners.find((each) => each.personId === entry.learnerId)!;
        const couldHelp = input.champions.filter(
          (each) => each.personId !== who.personId && !recent.has(`${who.personId}|${each.personId}`) && pairScore(who, each, WEIGHTS) > 0,
        );
        expect(couldHelp.length).toBeGreaterThan(0);
        for (const each of couldHelp) expect(used.get(each.personId)).toBeGreaterThanOrEqual(each.capacity);
      }
    }
  });

  it('gives the reason for each learner it leaves out', () => {
    const creating = champion('creator', { creating: 'confident' }, { capacity: 1 });
    const outcome = run(
      [
        learner('no-audit', null),
        learner('nothing-to-learn', {}),
        learner('needs-transacting', { transacting: 'gap' }),
        learner('matched-recently', { creating: 'gap' }),
        learner('first', { creating: 'gap' }),
        learner('second', { creating: 'decay' }),
      ],
      [creating],
      [{ learnerId: 'matched-recently', championId: 'creator' }],
    );

    expect(outcome.matches.map((match) => match.learnerId)).toEqual(['first']);
    expect(outcome.unmatched).toEqual([
      { learnerId: 'no-audit', reason: 'no-audit' },
      { learnerId: 'nothing-to-learn', reason: 'nothing-to-improve' },
      { learnerId: 'needs-transacting', reason: 'no-strong-champion' },
      { learnerId: 'matched-recently', reason: 'recently-matched' },
      { learnerId: 'second', reason: 'at-capacity' },
    ]);
  });

  it('says so when there are no active champions at all', () => {
    expect(run([learner('sam', { creating: 'gap' })], []).unmatched).toEqual([{ learnerId: 'sam', reason: 'no-champions' }]);
  });

  it('prefers the champion at the learner’s own site for help in person, and in their service', () => {
    const far = champion('far', { creating: 'capable' }, { siteId: 'depot', serviceId: 'waste' });
    const near = champion('near', { creating: 'capable' }, { siteId: 'civic-centre', serviceId: 'revenues' });
    const outcome = run([learner('sam', { creating: 'gap' }, { siteId: 'civic-centre', serviceId: 'revenues', inPerson: true })], [far, near]);

    expect(outcome.matches).toEqual([expect.objectContaining({ championId: 'near', explanation: 'covers 1 of 1 gap · same building · same service' })]);
  });

  it('spreads the load between champions who would do equally well', () => {
    const twins = [champion('a', { creating: 'confident' }, { capacity: 4, load: 1 }), champion('b', { creating: 'confident' }, { capacity: 4 })];
    const learners = Array.from({ length: 5 }, (_, index) => learner(`l${index}`, { creating: 'gap' }));
    const perChampion = (outcome: MatchingOutcome, id: string) => outcome.matches.filter((match) => match.championId === id).length;

    const outcome = run(learners, twins);

    expect(outcome.matches).toHaveLength(5);
    expect([1 + perChampion(outcome, 'a'), perChampion(outcome, 'b')].sort()).toEqual([3, 3]);
  });

  it('gives the same answer for the same input', () => {
    const [input] = randomInputs(1, { ...MEDIUM, learners: 200, champions: 30 });

    expect(matchLearners(input!)).toEqual(matchLearners(input!));
  });

  it('comes within 2% of the best possible total on small councils (against an exact solver)', () => {
    const shortfalls: number[] = [];
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = seededRandom(seed * 7919);
      const shape: InstanceShape = { learners: 6 + Math.floor(random() * 7), champions: 3 + Math.floor(random() * 4), sites: 2, services: 3, minCapacity: 1, maxCapacity: 3, maxLoad: 1, recentShare: 0.2 };
      const instance = generateMatchingInstance(shape, seed);
      const best = bestPossibleTotal(instance.learners, instance.champions, instance.recentPairings, WEIGHTS);
      const total = matchLearners({ ...instance, weights: WEIGHTS }).totalScore;

      expect(total).toBeLessThanOrEqual(best + 1e-9);
      shortfalls.push(best === 0 ? 0 : (best - total) / best);
    }
    expect(Math.max(...shortfalls)).toBeLessThanOrEqual(0.02);
  });

  it('comes within 2% of the best possible total on a council’s scale too', () => {
    for (let seed = 1; seed <= 5; seed += 1) {
      const instance = generateMatchingInstance({ learners: 120, champions: 25, sites: 5, services: 13, minCapacity: 1, maxCapacity: 4, maxLoad: 1, recentShare: 0.1 }, seed);
      const best = bestPossibleTotal(instance.learners, instance.champions, instance.recentPairings, WEIGHTS);

      expect(matchLearners({ ...instance, weights: WEIGHTS }).totalScore).toBeGreaterThanOrEqual(0.98 * best);
    }
  });
});
