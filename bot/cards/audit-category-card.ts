import type { AnswerValue } from '../../api/src/contracts/skills-audit.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';
import { statementBlock } from './audit-statement-block.js';
import { stepTitle, type AuditStep } from './audit-steps.js';
import { auditSaveData } from './audit-submit-data.js';

export interface AuditCategoryCardInput {
  campaignId: string;
  step: AuditStep;
  /** How many categories the framework has, for "group 3 of 8". */
  categoryCount: number;
  /** What the person has answered so far, by statement id; those answers are preselected. */
  answers: ReadonlyMap<string, AnswerValue>;
  answered: number;
  total: number;
}

const HOW_TO_ANSWER = 'For each statement, choose the answer that fits you best. There are no right or wrong answers.';

/** The questions of one category (or one part of a very long one), with its answers so far. */
export function buildAuditCategoryCard(input: AuditCategoryCardInput): AdaptiveCard {
  const { step } = input;
  const title = stepTitle(step);
  const position = `Group ${step.categoryIndex + 1} of ${input.categoryCount}`;
  const count = step.statements.length;
  const statements = count === 1 ? '1 statement' : `${count} statements`;
  const save = (then: 'continue' | 'stop') =>
    auditSaveData({ campaignId: input.campaignId, categoryKey: step.category.key, part: step.part, then });

  return adaptiveCard({
    speak: `Skills audit, ${title}. ${position}. ${step.category.description} ${statements}. ${HOW_TO_ANSWER} Then choose Save and continue.`,
    fallbackText: `Skills audit: ${title}, ${statements}. Open this chat in Teams to answer them.`,
    body: [
      paragraph(`Skills audit · ${position} · ${input.answered} of ${input.total} answered`, { isSubtle: true, size: 'Small' }),
      heading(title),
      paragraph(step.category.description, { spacing: 'Small' }),
      paragraph(HOW_TO_ANSWER, { spacing: 'Small' }),
      ...step.statements.map((statement) => statementBlock(statement, input.answers.get(statement.id))),
    ],
    actions: [
      { type: 'Action.Submit', title: 'Save and continue', data: save('continue') },
      { type: 'Action.Submit', title: 'Save and stop', data: save('stop') },
    ],
  });
}
