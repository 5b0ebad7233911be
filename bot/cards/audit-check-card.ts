import { LEVEL_LABELS, type AnswerValue } from '../../api/src/contracts/skills-audit.js';
import type { FrameworkCategory } from '../../api/src/contracts/skills-framework.js';
import { levelOf } from '../../api/src/domain/audit/scoring.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type Fact } from './adaptive-card.js';
import { auditOpenData, auditSubmitData, CHANGE_CATEGORY_INPUT_ID } from './audit-submit-data.js';

export interface AuditCheckCardInput {
  campaignId: string;
  categories: readonly FrameworkCategory[];
  answers: ReadonlyMap<string, AnswerValue>;
  /** The tab's check-your-answers page, when the bot knows how to link to it. */
  tabUrl?: string | undefined;
}

/** "5 of 5 answered · Capable": the level is a preview, shown once the whole category is answered. */
function categorySummary(category: FrameworkCategory, answers: ReadonlyMap<string, AnswerValue>): string {
  const given = category.statements.flatMap((statement) => {
    const answer = answers.get(statement.id);
    return answer ? [answer] : [];
  });
  const answered = `${given.length} of ${category.statements.length} answered`;
  return given.length === category.statements.length ? `${answered} · ${LEVEL_LABELS[levelOf(given)]}` : answered;
}

const FINAL = 'When you submit, your answers are final and you get your report straight away.';

/** Check your answers: each category's progress and level so far, a way back to change any of them, and submit. */
export function buildAuditCheckCard(input: AuditCheckCardInput): AdaptiveCard {
  const facts: Fact[] = input.categories.map((category) => ({ title: category.title, value: categorySummary(category, input.answers) }));
  const actions: CardAction[] = [
    { type: 'Action.Submit', title: 'Submit my answers', data: auditSubmitData(input.campaignId) },
    { type: 'Action.Submit', title: 'Change these answers', data: auditOpenData(input.campaignId) },
  ];
  if (input.tabUrl) actions.push({ type: 'Action.OpenUrl', title: 'Check them in the tab', url: input.tabUrl });

  return adaptiveCard({
    speak: `Check your answers. ${facts.map((fact) => `${fact.title}: ${fact.value.replace(' · ', ', ')}.`).join(' ')} ${FINAL} To change a group's answers, pick it and choose Change these answers.`,
    fallbackText: 'Check your skills audit answers, then submit them.',
    body: [
      heading('Check your answers'),
      paragraph('Here is each group of your audit and the level your answers give so far.'),
      { type: 'FactSet', facts, spacing: 'Medium' },
      {
        type: 'Input.ChoiceSet',
        id: CHANGE_CATEGORY_INPUT_ID,
        label: 'Change your answers for',
        style: 'compact',
        choices: input.categories.map((category) => ({ title: category.title, value: category.key })),
        ...(input.categories[0] ? { value: input.categories[0].key } : {}),
        wrap: true,
        spacing: 'Large',
      },
      paragraph(FINAL, { weight: 'Bolder', spacing: 'Medium' }),
    ],
    actions,
  });
}
