import { ANSWER_LABELS, ANSWER_VALUES, type AnswerValue } from '../../api/src/contracts/skills-audit.js';
import type { FrameworkStatement } from '../../api/src/contracts/skills-framework.js';
import { paragraph, type Container } from './adaptive-card.js';
import { answerInputId } from './audit-submit-data.js';

const CHOICES = ANSWER_VALUES.map((value) => ({ title: ANSWER_LABELS[value], value }));

function helpText(statement: FrameworkStatement): string {
  return `${statement.helpText}\n\nExample: ${statement.example}`;
}

/**
 * One statement of the audit: a required single choice whose label is the statement itself
 * (so screen readers announce it together with the four answers), then its plain-English help.
 */
export function statementBlock(statement: FrameworkStatement, answer: AnswerValue | undefined): Container {
  return {
    type: 'Container',
    spacing: 'Large',
    separator: true,
    items: [
      {
        type: 'Input.ChoiceSet',
        id: answerInputId(statement.id),
        label: statement.text,
        style: 'expanded',
        choices: CHOICES,
        ...(answer ? { value: answer } : {}),
        isRequired: true,
        errorMessage: `Choose an answer for “${statement.text}”.`,
        wrap: true,
      },
      paragraph(helpText(statement), { isSubtle: true, spacing: 'Small' }),
    ],
  };
}
