import { describe, expect, it } from '@jest/globals';
import type { AnswerValue } from '../../api/src/contracts/skills-audit.js';
import {
  basicSkillsShortfall,
  compareLevels,
  hasBasicDigitalSkills,
  isChampionCandidate,
  levelOf,
  outcomeOf,
  scoreCategory,
  type ScoredCategory,
} from '../../api/src/domain/audit/scoring.js';
import { addDays, isCampaignOpen } from '../../api/src/domain/audit/campaign-window.js';

function category(key: string, answers: AnswerValue[], basic = true): ScoredCategory {
  return { key, title: key, basic, answers };
}

describe('outcomeOf', () => {
  it('counts "no idea" and "couldn’t" as gaps', () => {
    expect(outcomeOf('no-idea')).toBe('gap');
    expect(outcomeOf('could-not')).toBe('gap');
  });
  it('counts "could, but not done recently" as learning decay', () => {
    expect(outcomeOf('could')).toBe('decay');
  });
  it('counts "done in the last 3 months" as a strength', () => {
    expect(outcomeOf('done-recently')).toBe('strength');
  });
});

describe('levelOf', () => {
  it('is Not yet when no task can be done', () => {
    expect(levelOf(['no-idea', 'could-not'])).toBe('not-yet');
  });
  it('is Developing when some but not all tasks can be done', () => {
    expect(levelOf(['could-not', 'could'])).toBe('developing');
    expect(levelOf(['no-idea', 'done-recently'])).toBe('developing');
  });
  it('is Capable when every task is at least "could"', () => {
    expect(levelOf(['could', 'done-recently', 'could'])).toBe('capable');
  });
  it('is Confident only when every task was done recently', () => {
    expect(levelOf(['done-recently', 'done-recently'])).toBe('confident');
  });
  it('is Not yet for a category with no answers', () => {
    expect(levelOf([])).toBe('not-yet');
  });
});

describe('scoreCategory', () => {
  it('counts strengths, decays and gaps', () => {
    expect(scoreCategory(category('creating', ['done-recently', 'could', 'could', 'no-idea']))).toEqual({
      key: 'creating',
      title: 'creating',
      basic: true,
      level: 'developing',
      statements: 4,
      strengths: 1,
      decays: 2,
      gaps: 1,
    });
  });
});

describe('basic digital skills', () => {
  const someInEach = [category('a', ['could', 'no-idea']), category('b', ['could-not', 'done-recently'])];

  it('is met under "at least one" when one task in every basic category can be done', () => {
    expect(hasBasicDigitalSkills(someInEach, 'at-least-one')).toBe(true);
  });
  it('is not met under "every task" when any basic task cannot be done', () => {
    expect(hasBasicDigitalSkills(someInEach, 'every-task')).toBe(false);
    expect(basicSkillsShortfall(someInEach, 'every-task').map((c) => c.key)).toEqual(['a', 'b']);
  });
  it('is met under "every task" when every basic task can be done', () => {
    expect(hasBasicDigitalSkills([category('a', ['could', 'done-recently'])], 'every-task')).toBe(true);
  });
  it('names the basic category with nothing the person can do', () => {
    const categories = [category('a', ['could']), category('b', ['no-idea', 'could-not'])];
    expect(hasBasicDigitalSkills(categories, 'at-least-one')).toBe(false);
    expect(basicSkillsShortfall(categories, 'at-least-one').map((c) => c.key)).toEqual(['b']);
  });
  it('ignores categories outside the basic skills', () => {
    const categories = [category('a', ['could']), category('work', ['no-idea'], false)];
    expect(hasBasicDigitalSkills(categories, 'every-task')).toBe(true);
  });
});

describe('compareLevels', () => {
  it('says whether a level went up, down or stayed', () => {
    expect(compareLevels('developing', 'capable')).toBe('up');
    expect(compareLevels('confident', 'capable')).toBe('down');
    expect(compareLevels('capable', 'capable')).toBe('same');
    expect(compareLevels(null, 'capable')).toBe('new');
  });
});

describe('isChampionCandidate', () => {
  it('flags strong, current skills', () => {
    expect(isChampionCandidate(['confident', 'confident', 'capable'], 2)).toBe(true);
  });
  it('does not flag someone with too few Confident categories', () => {
    expect(isChampionCandidate(['confident', 'capable', 'capable'], 2)).toBe(false);
  });
  it('does not flag someone with any category below Capable', () => {
    expect(isChampionCandidate(['confident', 'confident', 'developing'], 2)).toBe(false);
  });
});

describe('isCampaignOpen', () => {
  const campaign = { status: 'launched' as const, opensOn: '2026-11-01', closesOn: '2026-11-30' };

  it('takes answers until midnight UK time on the closing date', () => {
    expect(isCampaignOpen(campaign, new Date('2026-11-30T23:59:00Z'))).toBe(true);
    expect(isCampaignOpen(campaign, new Date('2026-12-01T00:00:00Z'))).toBe(false);
  });
  it('uses British Summer Time when it applies', () => {
    const summer = { status: 'launched' as const, opensOn: '2026-06-01', closesOn: '2026-06-30' };
    expect(isCampaignOpen(summer, new Date('2026-06-30T23:30:00Z'))).toBe(false);
    expect(isCampaignOpen(summer, new Date('2026-05-31T23:30:00Z'))).toBe(true);
  });
  it('does not take answers before launch or after closing early', () => {
    expect(isCampaignOpen({ ...campaign, status: 'draft' }, new Date('2026-11-10T12:00:00Z'))).toBe(false);
    expect(isCampaignOpen({ ...campaign, status: 'closed' }, new Date('2026-11-10T12:00:00Z'))).toBe(false);
  });
  it('adds days across month ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-08', -7)).toBe('2026-12-01');
  });
});
