import { ANSWER_LABELS, AnswerValue, type GivenAnswer } from '../../contracts/skills-audit.js';
import { AppError, type FieldError } from '../shared/app-error.js';
import type { IndexedFramework } from './framework-index.js';

const ANSWER_CHOICES = Object.values(ANSWER_LABELS)
  .map((label) => `“${label}”`)
  .join(', ');

/**
 * Checks a page of answers against the campaign's framework version: every value must be
 * one of the four answers and every statement one of that version's. All problems are
 * reported together, each naming the field as sent and the statement in words.
 */
export function validateAnswers(
  framework: IndexedFramework,
  body: { categoryKey?: string | undefined; answers?: readonly { statementId: string; answer: string }[] | undefined },
): GivenAnswer[] {
  const errors: FieldError[] = [];
  const valid: GivenAnswer[] = [];
  const seen = new Set<string>();
  (body.answers ?? []).forEach((given, index) => {
    const statement = framework.statements.get(given.statementId);
    if (!statement) {
      errors.push({
        field: `body.answers[${index}].statementId`,
        message: `is not a statement of this campaign’s skills framework (version ${framework.version.version})`,
      });
      return;
    }
    if (seen.has(given.statementId)) {
      errors.push({ field: `body.answers[${index}].statementId`, message: `answers “${statement.text}” a second time` });
      return;
    }
    seen.add(given.statementId);
    const answer = AnswerValue.safeParse(given.answer);
    if (!answer.success) {
      errors.push({
        field: `body.answers[${index}].answer`,
        message: `“${given.answer}” is not an answer to “${statement.text}”: choose one of ${ANSWER_CHOICES} (${AnswerValue.options.join(', ')})`,
      });
      return;
    }
    valid.push({ statementId: given.statementId, answer: answer.data });
  });
  if (body.categoryKey !== undefined && !framework.version.categories.some((category) => category.key === body.categoryKey)) {
    errors.push({ field: 'body.categoryKey', message: 'is not a category of this campaign’s skills framework' });
  }
  if (errors.length > 0) throw AppError.validation(errors);
  return valid;
}
