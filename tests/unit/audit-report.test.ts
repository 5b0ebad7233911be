import { describe, expect, it } from '@jest/globals';
import type { LearningResource } from '../../api/src/contracts/learning-resources.js';
import type { AnswerValue, AuditSettings, GivenAnswer } from '../../api/src/contracts/skills-audit.js';
import type { FrameworkVersion } from '../../api/src/contracts/skills-framework.js';
import { buildReport, pickResources, planKeys, type ReportInput } from '../../api/src/domain/audit/build-report.js';
import { indexFramework, type IndexedFramework } from '../../api/src/domain/audit/framework-index.js';
import { summariseSubmission } from '../../api/src/domain/audit/submission-summary.js';

let ids = 0;
const nextId = (): string => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`;

/** A stored version in memory: `shape` maps each category key to its number of statements; the first two are basic. */
function framework(shape: Record<string, number>, version = 1): IndexedFramework {
  const stored: FrameworkVersion = {
    id: nextId(),
    version,
    name: 'Unit framework',
    note: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: null,
    current: true,
    categories: Object.entries(shape).map(([key, statements], index) => ({
      id: nextId(),
      key,
      title: `Title of ${key}`,
      description: 'What it covers.',
      basic: index < 2,
      statements: Array.from({ length: statements }, (_, s) => ({
        id: nextId(),
        key: `${key}-s${s + 1}`,
        text: `Task ${s + 1} of ${key}`,
        helpText: 'Help.',
        example: 'Example.',
        context: 'work' as const,
      })),
    })),
  };
  return indexFramework(stored);
}

/** Answers by statement key, e.g. { 'a-s1': 'could' }. */
function answers(indexed: IndexedFramework, byKey: Record<string, AnswerValue>): GivenAnswer[] {
  return [...indexed.statements.values()].map((statement) => {
    const answer = byKey[statement.key];
    if (!answer) throw new Error(`no answer for ${statement.key} in the test`);
    return { statementId: statement.id, answer };
  });
}

const SETTINGS: AuditSettings = { managersSeeLevels: false, basicSkillsRule: 'at-least-one', championCandidateMinConfident: 2 };

function resource(title: string, links: { statementKeys?: string[]; categoryKeys?: string[]; archived?: boolean }): LearningResource {
  return {
    id: nextId(),
    title,
    kind: 'guide',
    description: 'A resource.',
    url: null,
    provider: null,
    durationMinutes: null,
    statementKeys: links.statementKeys ?? [],
    categoryKeys: links.categoryKeys ?? [],
    archived: links.archived ?? false,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function report(indexed: IndexedFramework, given: GivenAnswer[], extra: Partial<ReportInput> = {}, settings: AuditSettings = SETTINGS) {
  const summary = summariseSubmission(indexed.version, new Map(given.map((answer) => [answer.statementId, answer.answer])), settings);
  return buildReport({
    responseId: nextId(),
    person: { id: nextId(), displayName: 'Sam Whitfield' },
    campaign: { id: nextId(), name: 'Autumn 2026', opensOn: '2026-11-01', closesOn: '2026-11-30' },
    submittedAt: new Date('2026-11-20T10:00:00Z'),
    framework: indexed,
    answers: given,
    summary,
    previous: null,
    resources: [],
    ...extra,
  });
}

describe('buildReport: levels and statement lists', () => {
  it('lists strengths, decays and gaps in the framework’s order, with a level per category', () => {
    const indexed = framework({ a: 2, b: 2 });
    const result = report(indexed, answers(indexed, { 'a-s1': 'done-recently', 'a-s2': 'could', 'b-s1': 'no-idea', 'b-s2': 'could-not' }));
    expect(result.categories.map((category) => [category.key, category.level, category.strengths, category.decays, category.gaps])).toEqual([
      ['a', 'capable', 1, 1, 0],
      ['b', 'not-yet', 0, 0, 2],
    ]);
    expect(result.strengths.map((statement) => statement.key)).toEqual(['a-s1']);
    expect(result.decays.map((statement) => statement.key)).toEqual(['a-s2']);
    expect(result.gaps.map((statement) => [statement.key, statement.categoryTitle, statement.answer])).toEqual([
      ['b-s1', 'Title of b', 'no-idea'],
      ['b-s2', 'Title of b', 'could-not'],
    ]);
    expect(result.frameworkVersion).toBe(1);
  });
});

describe('buildReport: basic digital skills verdict', () => {
  const indexed = framework({ a: 2, b: 2, c: 1 });
  // One task of each basic category can be done; the other cannot. Category c is not basic.
  const given = answers(indexed, { 'a-s1': 'could', 'a-s2': 'no-idea', 'b-s1': 'done-recently', 'b-s2': 'could-not', 'c-s1': 'no-idea' });

  it('is met under “at least one task per basic category” and ignores non-basic categories', () => {
    expect(report(indexed, given).basicSkills).toEqual({ met: true, rule: 'at-least-one', missingCategories: [] });
  });

  it('is not met under “every task”, naming each basic category that falls short', () => {
    expect(report(indexed, given, {}, { ...SETTINGS, basicSkillsRule: 'every-task' }).basicSkills).toEqual({
      met: false,
      rule: 'every-task',
      missingCategories: [
        { key: 'a', title: 'Title of a' },
        { key: 'b', title: 'Title of b' },
      ],
    });
  });

  it('is not met under “at least one” when a basic category has no task the person can do', () => {
    const none = answers(indexed, { 'a-s1': 'no-idea', 'a-s2': 'could-not', 'b-s1': 'could', 'b-s2': 'could', 'c-s1': 'done-recently' });
    expect(report(indexed, none).basicSkills).toEqual({ met: false, rule: 'at-least-one', missingCategories: [{ key: 'a', title: 'Title of a' }] });
  });
});

describe('buildReport: champion candidate flag', () => {
  const indexed = framework({ a: 1, b: 1, c: 1 });

  it('flags someone confident in at least the configured number of categories, none below capable', () => {
    const given = answers(indexed, { 'a-s1': 'done-recently', 'b-s1': 'done-recently', 'c-s1': 'could' });
    expect(report(indexed, given).championCandidate).toBe(true);
    expect(report(indexed, given, {}, { ...SETTINGS, championCandidateMinConfident: 3 }).championCandidate).toBe(false);
  });

  it('does not flag someone with a gap, however confident elsewhere', () => {
    const given = answers(indexed, { 'a-s1': 'done-recently', 'b-s1': 'done-recently', 'c-s1': 'could-not' });
    expect(report(indexed, given).championCandidate).toBe(false);
  });
});

describe('buildReport: change since the previous audit', () => {
  it('compares levels by category key, across framework versions, and marks categories new since then', () => {
    const earlier = framework({ a: 1, b: 1 }, 1);
    const previousSummary = summariseSubmission(
      earlier.version,
      new Map(answers(earlier, { 'a-s1': 'could', 'b-s1': 'done-recently' }).map((answer) => [answer.statementId, answer.answer])),
      SETTINGS,
    );
    const later = framework({ a: 1, b: 1, c: 1 }, 2);
    const result = report(later, answers(later, { 'a-s1': 'done-recently', 'b-s1': 'no-idea', 'c-s1': 'could' }), {
      previous: {
        campaign: { id: nextId(), name: 'Spring 2026', opensOn: '2026-04-01', closesOn: '2026-04-30' },
        submittedAt: new Date('2026-04-10T09:00:00Z'),
        summary: previousSummary,
      },
    });
    expect(result.previous?.campaign.name).toBe('Spring 2026');
    expect(result.previous?.submittedAt).toBe('2026-04-10T09:00:00.000Z');
    expect(result.previous?.categories.map((category) => [category.key, category.previousLevel, category.level, category.change])).toEqual([
      ['a', 'capable', 'confident', 'up'],
      ['b', 'confident', 'not-yet', 'down'],
      ['c', null, 'capable', 'new'],
    ]);
  });

  it('has no comparison for a first audit', () => {
    const indexed = framework({ a: 1 });
    expect(report(indexed, answers(indexed, { 'a-s1': 'could' })).previous).toBeNull();
  });
});

describe('buildReport: learning plan', () => {
  const indexed = framework({ a: 2, b: 1 });
  const given = answers(indexed, { 'a-s1': 'could', 'a-s2': 'no-idea', 'b-s1': 'done-recently' });

  it('has an item for each gap, then each decay, and none for strengths', () => {
    const plan = report(indexed, given).learningPlan;
    expect(plan.map((item) => [item.statementKey, item.reason, item.categoryKey])).toEqual([
      ['a-s2', 'gap', 'a'],
      ['a-s1', 'decay', 'a'],
    ]);
  });

  it('prefers resources for the statement itself, then falls back to the category’s', () => {
    const resources = [
      resource('Category a course', { categoryKeys: ['a'] }),
      resource('Guide to a-s2', { statementKeys: ['a-s2'] }),
      resource('Category b video', { categoryKeys: ['b'] }),
    ];
    const plan = report(indexed, given, { resources }).learningPlan;
    expect(plan.map((item) => [item.statementKey, item.resources.map((chosen) => chosen.title)])).toEqual([
      ['a-s2', ['Guide to a-s2']],
      ['a-s1', ['Category a course']],
    ]);
  });

  it('gives at most three resources, in title order, and never an archived one', () => {
    const resources = ['Delta', 'Alpha', 'Echo', 'Charlie'].map((title) => resource(title, { statementKeys: ['a-s2'] }));
    resources.push(resource('Bravo', { statementKeys: ['a-s2'], archived: true }));
    expect(pickResources({ key: 'a-s2', categoryKey: 'a' }, resources).map((chosen) => chosen.title)).toEqual(['Alpha', 'Charlie', 'Delta']);
  });

  it('falls back to the category when the only resources for the statement are archived', () => {
    const resources = [resource('Retired guide', { statementKeys: ['a-s2'], archived: true }), resource('Category a course', { categoryKeys: ['a'] })];
    expect(pickResources({ key: 'a-s2', categoryKey: 'a' }, resources).map((chosen) => chosen.title)).toEqual(['Category a course']);
  });

  it('asks the library only for the gaps’ and decays’ statements and categories', () => {
    expect(planKeys(indexed, given)).toEqual({ statementKeys: ['a-s1', 'a-s2'], categoryKeys: ['a'] });
  });
});
