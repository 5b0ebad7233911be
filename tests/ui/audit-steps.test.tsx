import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { MyAudit } from '../../api/src/contracts/skills-audit.js';
import {
  minutesToComplete,
  positionOf,
  problemText,
  questionsPath,
  resumePath,
  sortProblems,
} from '../../tab/src/pages/audit/audit-steps.js';

function audit(overrides: Partial<MyAudit> = {}): MyAudit {
  const categories = ['foundation', 'communicating', 'creating'].map((key, c) => ({
    id: randomUUID(),
    key,
    title: `Part ${c + 1}`,
    description: 'What it covers.',
    basic: true,
    statements: [1, 2].map((s) => ({
      id: randomUUID(),
      key: `${key}-task-${s}`,
      text: `Task ${s} of ${key}`,
      helpText: 'Help.',
      example: 'For example.',
      context: 'work' as const,
    })),
  }));
  return {
    campaign: { id: randomUUID(), name: 'Autumn audit', opensOn: '2026-11-01', closesOn: '2026-12-31' },
    status: 'draft',
    responseId: randomUUID(),
    frameworkVersion: 1,
    categories,
    answers: [],
    answered: 0,
    total: 6,
    resumeCategoryKey: 'foundation',
    lastChannel: 'tab',
    submittedAt: null,
    ...overrides,
  };
}

describe('minutesToComplete', () => {
  it('allows about ten seconds a statement, so 60 statements take about 10 minutes', () => {
    expect(minutesToComplete(60)).toBe(10);
  });
  it('never says less than a minute', () => {
    expect(minutesToComplete(0)).toBe(1);
    expect(minutesToComplete(1)).toBe(1);
  });
});

describe('positionOf', () => {
  it('says which part a category is, with the parts before and after it', () => {
    const position = positionOf(audit(), 'communicating');
    expect(position?.index).toBe(1);
    expect(position?.count).toBe(3);
    expect(position?.previous?.key).toBe('foundation');
    expect(position?.next?.key).toBe('creating');
  });
  it('finds nothing for a category the framework does not have', () => {
    expect(positionOf(audit(), 'no-such-part')).toBeNull();
  });
});

describe('resumePath', () => {
  it('goes to the first part with an unanswered statement', () => {
    expect(resumePath(audit({ resumeCategoryKey: 'creating' }))).toBe('/audit/questions?category=creating');
  });
  it('goes to the check page once every statement is answered', () => {
    expect(resumePath(audit({ resumeCategoryKey: null }))).toBe('/audit/check');
  });
});

describe('questionsPath', () => {
  it('links back from the check page to the statement being changed', () => {
    expect(questionsPath('foundation', { fromCheck: true, statementId: 'abc' })).toBe('/audit/questions?category=foundation&from=check#statement-abc');
  });
});

describe('sortProblems', () => {
  it('puts a problem with an answer sent at a given index next to that statement', () => {
    const mine = audit();
    const second = mine.categories[0]!.statements[1]!;
    const sorted = sortProblems([{ field: 'body.answers[1].answer', message: 'is not an answer' }], mine, [randomUUID(), second.id]);
    expect(sorted.statements).toEqual([{ statementId: second.id, categoryKey: 'foundation', text: second.text, message: 'is not an answer' }]);
    expect(sorted.other).toEqual([]);
  });

  it('recognises a statement named by its key, as when a submission has unanswered statements', () => {
    const mine = audit();
    const sorted = sortProblems([{ field: 'answers.creating-task-2', message: 'has no answer yet' }], mine);
    expect(sorted.statements.map((problem) => problem.categoryKey)).toEqual(['creating']);
  });

  it('keeps problems that name no statement apart, to show as they are', () => {
    const sorted = sortProblems([{ field: 'body.campaignId', message: 'is closed' }], audit());
    expect(sorted.statements).toEqual([]);
    expect(sorted.other).toHaveLength(1);
  });
});

describe('problemText', () => {
  it('names the statement unless the message already does', () => {
    const problem = { statementId: 'x', categoryKey: 'c', text: 'Send an email', message: 'has no answer yet' };
    expect(problemText(problem)).toBe('Send an email: has no answer yet');
    expect(problemText({ ...problem, message: '“Send an email” has no answer yet' })).toBe('“Send an email” has no answer yet');
  });
});
