import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANSWER_LABELS, ANSWER_VALUES, type AnswerValue, type AuditReport } from '../../api/src/contracts/skills-audit.js';
import type { FrameworkCategory, FrameworkDocument } from '../../api/src/contracts/skills-framework.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import type { AdaptiveCard, CardElement, InputChoiceSet } from '../../bot/cards/adaptive-card.js';
import { buildAuditCategoryCard } from '../../bot/cards/audit-category-card.js';
import { buildAuditCheckCard } from '../../bot/cards/audit-check-card.js';
import { buildAuditErrorCard, buildAuditSavedCard, buildNoAuditOpenCard } from '../../bot/cards/audit-message-cards.js';
import { buildAuditReportCard } from '../../bot/cards/audit-report-card.js';
import { buildAuditStartCard } from '../../bot/cards/audit-start-card.js';
import { auditSteps, nextStep, type AuditStep } from '../../bot/cards/audit-steps.js';
import {
  answerInputId,
  answersFromCard,
  AuditOpenData,
  AuditSaveData,
  AuditSubmitData,
  CHANGE_CATEGORY_INPUT_ID,
  rawAnswersFromCard,
} from '../../bot/cards/audit-submit-data.js';
import { findCardProblems, MAX_CARD_BYTES } from '../../bot/cards/card-problems.js';
import { frameworkDocument } from '../factories/audit.js';

const CAMPAIGN = { id: randomUUID(), name: 'Skills audit 2026', opensOn: '2026-11-01', closesOn: '2026-12-31' };

/** A framework document as the use cases return it: every category and statement with an id. */
function withIds(document: FrameworkDocument): FrameworkCategory[] {
  return document.categories.map((category) => ({
    ...category,
    id: randomUUID(),
    statements: category.statements.map((statement) => ({ ...statement, id: randomUUID() })),
  }));
}

function inputsOf(elements: readonly CardElement[]): InputChoiceSet[] {
  return elements.flatMap((element) => {
    if (element.type === 'Input.ChoiceSet') return [element];
    if (element.type === 'Container') return inputsOf(element.items);
    return [];
  });
}

/** What Teams sends back for an Action.Submit: the button's data with every input's value merged in. */
function submitted(card: AdaptiveCard, actionTitle: string, values: Record<string, string>): Record<string, unknown> {
  const action = card.actions?.find((candidate) => candidate.title === actionTitle);
  if (action?.type !== 'Action.Submit') throw new Error(`no submit action "${actionTitle}"`);
  return { ...action.data, ...values };
}

function categoryCard(categories: FrameworkCategory[], step: AuditStep, answers = new Map<string, AnswerValue>()): AdaptiveCard {
  return buildAuditCategoryCard({ campaignId: CAMPAIGN.id, step, categoryCount: categories.length, answers, answered: answers.size, total: 35 });
}

const defaultCategories = withIds(DEFAULT_FRAMEWORK);

describe('buildAuditCategoryCard', () => {
  it.each(auditSteps(defaultCategories).map((step) => [step.category.title, step] as const))(
    'builds a Teams-ready card for the default framework’s "%s"',
    (_title, step) => {
      const card = categoryCard(defaultCategories, step);

      expect(findCardProblems(card)).toEqual([]);
      expect(card.speak).toContain(step.category.title);
      expect(JSON.stringify(card.body)).toContain(step.category.description);
    },
  );

  it('asks each statement as a required expanded choice, labelled with the statement, whose id names the statement', () => {
    const [category] = defaultCategories;
    const step = auditSteps(defaultCategories)[0]!;

    const inputs = inputsOf(categoryCard(defaultCategories, step).body);

    expect(inputs.map((input) => input.id)).toEqual(category!.statements.map((statement) => answerInputId(statement.id)));
    inputs.forEach((input, index) => {
      const statement = category!.statements[index]!;
      expect(input).toMatchObject({ label: statement.text, style: 'expanded', isRequired: true, wrap: true });
      expect(input.errorMessage).toContain(statement.text);
      expect(input.choices).toEqual(ANSWER_VALUES.map((value) => ({ title: ANSWER_LABELS[value], value })));
    });
  });

  it('shows each statement’s help text and example under it', () => {
    const step = auditSteps(defaultCategories)[0]!;
    const statement = step.statements[0]!;

    const text = JSON.stringify(categoryCard(defaultCategories, step).body);

    expect(text).toContain(statement.helpText);
    expect(text).toContain(statement.example);
  });

  it('preselects the answers already given, in the tab or in the chat', () => {
    const step = auditSteps(defaultCategories)[0]!;
    const answered = step.statements[1]!;

    const inputs = inputsOf(categoryCard(defaultCategories, step, new Map([[answered.id, 'could' as const]])).body);

    expect(inputs.find((input) => input.id === answerInputId(answered.id))?.value).toBe('could');
    expect(inputs.filter((input) => input.value !== undefined)).toHaveLength(1);
  });

  it('saves and continues, or saves and stops, naming the campaign and the category', () => {
    const step = auditSteps(defaultCategories)[2]!;
    const card = categoryCard(defaultCategories, step);

    expect(card.actions?.map((action) => action.title)).toEqual(['Save and continue', 'Save and stop']);
    expect(AuditSaveData.parse(submitted(card, 'Save and continue', {}))).toEqual({
      command: 'audit-save',
      campaignId: CAMPAIGN.id,
      categoryKey: step.category.key,
      part: 0,
      then: 'continue',
    });
    expect(AuditSaveData.parse(submitted(card, 'Save and stop', {})).then).toBe('stop');
  });

  it('splits a category too long for one card into parts, each within what Teams accepts', () => {
    const long = 'x'.repeat(180);
    const document = frameworkDocument({ categories: 1, statementsEach: 40 });
    document.categories[0]!.statements = document.categories[0]!.statements.map((statement, index) => ({
      ...statement,
      text: `${index} ${long}`.slice(0, 200),
      helpText: 'h'.repeat(500),
      example: 'e'.repeat(300),
    }));
    const categories = withIds(document);

    const steps = auditSteps(categories);

    expect(steps.length).toBeGreaterThan(1);
    expect(steps.flatMap((step) => step.statements)).toEqual(categories[0]!.statements);
    for (const step of steps) {
      const allAnswered = new Map(step.statements.map((statement) => [statement.id, 'done-recently' as const]));
      const card = categoryCard(categories, step, allAnswered);
      expect(findCardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
      expect(JSON.stringify(card.body)).toContain(`part ${step.part + 1} of ${step.parts}`);
    }
  });
});

describe('answersFromCard', () => {
  const [category] = withIds(frameworkDocument({ categories: 1, statementsEach: 3 }));
  const statements = category!.statements;
  const [first, second, third] = statements;

  it('reads one answer per statement from the inputs Teams sends back', () => {
    const value = {
      command: 'audit-save',
      [answerInputId(first!.id)]: 'no-idea',
      [answerInputId(second!.id)]: 'could',
      [answerInputId(third!.id)]: 'done-recently',
    };

    expect(answersFromCard(value, statements, true)).toEqual({
      ok: true,
      answers: [
        { statementId: first!.id, answer: 'no-idea' },
        { statementId: second!.id, answer: 'could' },
        { statementId: third!.id, answer: 'done-recently' },
      ],
    });
  });

  it('names the statement whose answer is not one of the four', () => {
    const value = { [answerInputId(first!.id)]: 'could', [answerInputId(second!.id)]: 'maybe', [answerInputId(third!.id)]: 'could' };

    expect(answersFromCard(value, statements, true)).toEqual({
      ok: false,
      problems: [`The answer given for “${second!.text}” is not one of the four answers on the card.`],
    });
  });

  it('names every statement left unanswered when the person continues', () => {
    const value = { [answerInputId(first!.id)]: 'could', [answerInputId(second!.id)]: '' };

    expect(answersFromCard(value, statements, true)).toEqual({
      ok: false,
      problems: [`Choose an answer for “${second!.text}”.`, `Choose an answer for “${third!.text}”.`],
    });
  });

  it('keeps the answers given and leaves out the rest when the person stops', () => {
    const value = { [answerInputId(first!.id)]: 'could', [answerInputId(second!.id)]: '' };

    expect(answersFromCard(value, statements, false)).toEqual({ ok: true, answers: [{ statementId: first!.id, answer: 'could' }] });
  });

  it('still refuses a bad value when the person stops', () => {
    expect(answersFromCard({ [answerInputId(first!.id)]: 'yes' }, statements, false).ok).toBe(false);
  });

  it('hands on only well-formed statement ids when the card’s questions are unknown', () => {
    const value = { command: 'audit-save', [answerInputId(first!.id)]: 'could', 'answer-not-a-uuid': 'could', other: 'x' };

    expect(rawAnswersFromCard(value)).toEqual([{ statementId: first!.id, answer: 'could' }]);
  });
});

describe('nextStep', () => {
  const categories = withIds(frameworkDocument({ categories: 4, statementsEach: 2 }));
  const steps = auditSteps(categories);
  const idsOf = (indexes: number[]) => new Set(indexes.flatMap((index) => categories[index]!.statements.map((statement) => statement.id)));

  it('starts with the first category that has an unanswered statement (where the tab stopped)', () => {
    expect(nextStep(steps, idsOf([0, 1]))?.category.key).toBe('cat-3');
  });

  it('moves on to the category after the one just saved', () => {
    expect(nextStep(steps, idsOf([2]), { categoryKey: 'cat-3', part: 0 })?.category.key).toBe('cat-4');
  });

  it('comes back round to a category skipped earlier', () => {
    expect(nextStep(steps, idsOf([1, 2, 3]), { categoryKey: 'cat-4', part: 0 })?.category.key).toBe('cat-1');
  });

  it('has nothing left once every statement is answered', () => {
    expect(nextStep(steps, idsOf([0, 1, 2, 3]))).toBeUndefined();
  });
});

describe('buildAuditStartCard', () => {
  it('says where the person is up to and what comes next', () => {
    const card = buildAuditStartCard({ campaign: CAMPAIGN, answered: 12, total: 35, categoryCount: 8, nextTitle: 'Communicating' });

    expect(findCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain('You have answered 12 of 35 · Continue with Communicating');
    expect(card.speak).toContain('You have answered 12 of 35. Continue with Communicating');
    expect(card.speak).toContain('Thursday 31 December 2026');
  });

  it('explains why, how long and who sees the answers to someone starting', () => {
    const card = buildAuditStartCard({ campaign: CAMPAIGN, answered: 0, total: 35, categoryCount: 8, nextTitle: 'Foundation' });

    const text = JSON.stringify(card.body);
    expect(text).toContain('about 10 minutes');
    expect(text).toContain('line manager');
    expect(text).toContain('Start with Foundation');
  });

  it('points to the check-your-answers step when everything is answered', () => {
    const card = buildAuditStartCard({ campaign: CAMPAIGN, answered: 35, total: 35, categoryCount: 8, nextTitle: undefined });

    expect(JSON.stringify(card.body)).toContain('Check your answers and submit');
  });

  it('offers the tab when it knows the link', () => {
    const card = buildAuditStartCard({ campaign: CAMPAIGN, answered: 0, total: 5, categoryCount: 1, nextTitle: 'Foundation', tabUrl: 'https://teams.microsoft.com/l/entity/app/home' });

    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Use the tab instead', url: 'https://teams.microsoft.com/l/entity/app/home' }]);
    expect(findCardProblems(card)).toEqual([]);
  });
});

describe('buildAuditCheckCard', () => {
  const categories = withIds(frameworkDocument({ categories: 2, statementsEach: 2 }));
  const [one, two] = categories;
  const answers = new Map<string, AnswerValue>([
    [one!.statements[0]!.id, 'done-recently'],
    [one!.statements[1]!.id, 'done-recently'],
    [two!.statements[0]!.id, 'could'],
    [two!.statements[1]!.id, 'no-idea'],
  ]);

  it('shows each category’s answered count and the level its answers give', () => {
    const card = buildAuditCheckCard({ campaignId: CAMPAIGN.id, categories, answers });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.body).toContainEqual(
      expect.objectContaining({
        type: 'FactSet',
        facts: [
          { title: 'Category 1', value: '2 of 2 answered · Confident' },
          { title: 'Category 2', value: '2 of 2 answered · Developing' },
        ],
      }),
    );
    expect(card.speak).toContain('Category 2: 2 of 2 answered, Developing.');
  });

  it('submits for the campaign, or opens a chosen category to change its answers', () => {
    const card = buildAuditCheckCard({ campaignId: CAMPAIGN.id, categories, answers });

    expect(AuditSubmitData.parse(submitted(card, 'Submit my answers', { [CHANGE_CATEGORY_INPUT_ID]: 'cat-1' }))).toEqual({
      command: 'audit-submit',
      campaignId: CAMPAIGN.id,
    });
    expect(AuditOpenData.parse(submitted(card, 'Change these answers', { [CHANGE_CATEGORY_INPUT_ID]: 'cat-2' }))).toEqual({
      command: 'audit-open',
      campaignId: CAMPAIGN.id,
      [CHANGE_CATEGORY_INPUT_ID]: 'cat-2',
    });
    expect(inputsOf(card.body)).toEqual([
      expect.objectContaining({ id: CHANGE_CATEGORY_INPUT_ID, label: 'Change your answers for', value: 'cat-1' }),
    ]);
  });

  it('shows no level for a category with answers still missing', () => {
    const card = buildAuditCheckCard({ campaignId: CAMPAIGN.id, categories, answers: new Map([[one!.statements[0]!.id, 'could']]) });

    expect(JSON.stringify(card.body)).toContain('"value":"1 of 2 answered"');
  });
});

describe('buildAuditReportCard', () => {
  const report: AuditReport = {
    responseId: randomUUID(),
    person: { id: randomUUID(), displayName: 'Sam Whitfield' },
    campaign: CAMPAIGN,
    frameworkVersion: 1,
    submittedAt: '2026-11-21T10:30:00.000Z',
    categories: [
      { key: 'foundation', title: 'Foundation', basic: false, level: 'confident', statements: 2, strengths: 2, decays: 0, gaps: 0 },
      { key: 'transacting', title: 'Transacting', basic: true, level: 'not-yet', statements: 2, strengths: 0, decays: 0, gaps: 2 },
    ],
    strengths: [],
    decays: [],
    gaps: [],
    basicSkills: { met: false, rule: 'at-least-one', missingCategories: [{ key: 'transacting', title: 'Transacting' }] },
    previous: null,
    learningPlan: [],
    championCandidate: false,
  };

  it('lists the level in each category and the basic-skills verdict', () => {
    const card = buildAuditReportCard({ report });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.body).toContainEqual(
      expect.objectContaining({ type: 'FactSet', facts: [{ title: 'Foundation', value: 'Confident' }, { title: 'Transacting', value: 'Not yet' }] }),
    );
    expect(JSON.stringify(card.body)).toContain('You don’t have all the basic digital skills yet');
    expect(card.speak).toContain('Transacting: Not yet.');
    expect(card.actions).toBeUndefined();
  });

  it('links to the full report in the tab when it knows the link', () => {
    const card = buildAuditReportCard({ report: { ...report, basicSkills: { ...report.basicSkills, met: true, missingCategories: [] } }, reportUrl: 'https://teams.microsoft.com/l/entity/app/home' });

    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open my full report', url: 'https://teams.microsoft.com/l/entity/app/home' }]);
    expect(card.speak).toContain('You have the basic digital skills.');
    expect(findCardProblems(card)).toEqual([]);
  });
});

describe('the audit’s message cards', () => {
  it.each([
    ['no audit open', buildNoAuditOpenCard()],
    ['answers saved', buildAuditSavedCard({ campaign: CAMPAIGN, answered: 12, total: 35, tabUrl: 'https://teams.microsoft.com/l/entity/app/home' })],
    ['error', buildAuditErrorCard('This audit closed on 31 December 2026.')],
    ['error without a way back', buildAuditErrorCard('You are not in the directory.', { offerAudit: false })],
  ])('builds a Teams-ready "%s" card with speak text', (_name, card) => {
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak.length).toBeGreaterThan(20);
  });

  it('says plainly that no audit is open', () => {
    expect(JSON.stringify(buildNoAuditOpenCard().body)).toContain('There is no skills audit open for you at the moment');
  });

  it('offers to carry on after saving and stopping', () => {
    const card = buildAuditSavedCard({ campaign: CAMPAIGN, answered: 12, total: 35 });

    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Carry on now', data: { command: 'audit' } }]);
    expect(JSON.stringify(card.body)).toContain('You have answered 12 of 35.');
  });
});
