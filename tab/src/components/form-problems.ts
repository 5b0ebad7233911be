import type { FieldProblem } from '../../../api/src/contracts/common';
import type { ApiError } from '../api/api-error';
import type { ProblemItem } from './ProblemSummary';

/**
 * The server names fields as they were sent (`body.minutes`, `body.categoryKeys[1]`);
 * people read them by the form's labels, and follow each problem to the field to fix.
 */
export interface FormField {
  /** The field as the server names it, e.g. `body.minutes`; list items (`[1]`) count as the field. */
  field: string;
  label: string;
  /** The id of the element to move focus to. */
  targetId: string;
  /**
   * What to do when the field was left empty, as GOV.UK says it: "Enter the minutes you
   * spent", "Choose the kind of objective". Without it, the label and the server's words.
   */
  missing?: string;
}

/** The server's words for a value that is not there, or is not one of the choices offered. */
const NOTHING_GIVEN = /^(is required|must be ".*")$/;

function matches(problem: FieldProblem, field: string): boolean {
  return problem.field === field || problem.field.startsWith(`${field}[`) || problem.field.startsWith(`${field}.`);
}

/** Focus for a problem's link; a group (radio buttons) passes it to its chosen or first control. */
function focusTarget(targetId: string): void {
  const target = document.getElementById(targetId);
  (target?.matches('input, textarea, select, button, [tabindex]') ? target : target?.querySelector<HTMLElement>('input:checked, input, button'))?.focus();
}

/** "Minutes must be at most 600", or "Enter the minutes you spent", for the field's message; undefined when it has no problem. */
export function fieldMessage(problems: readonly FieldProblem[], field: FormField): string | undefined {
  const sentences = problems
    .filter((problem) => matches(problem, field.field))
    .map((problem) => (field.missing && NOTHING_GIVEN.test(problem.message) ? field.missing : `${field.label} ${problem.message}`));
  return sentences.length > 0 ? [...new Set(sentences)].join('; ') : undefined;
}

/** One linked item per field with a problem, in the form's order; problems with no field come last, as they are. */
export function problemItems(problems: readonly FieldProblem[], fields: readonly FormField[]): ProblemItem[] {
  const items: ProblemItem[] = [];
  for (const field of fields) {
    const text = fieldMessage(problems, field);
    if (text) {
      items.push({ key: field.field, text, href: `#${field.targetId}`, onFollow: () => focusTarget(field.targetId) });
    }
  }
  problems
    .filter((problem) => !fields.some((field) => matches(problem, field.field)))
    .forEach((problem, index) => items.push({ key: `other-${index}`, text: problem.message }));
  return items;
}

/** The problems of a failed save: one per field the server named, or what it said when it named none. */
export function errorProblemItems(error: ApiError | null, fields: readonly FormField[]): ProblemItem[] {
  if (!error) return [];
  const items = problemItems(error.fieldErrors, fields);
  return items.length > 0 ? items : [{ key: 'other', text: error.message }];
}

/**
 * The server's 422 by field as the client sent it (`body.title`, `body.statementKeys[1]`),
 * for forms that show each message next to its field. Several messages for one field are joined.
 */
export function fieldErrorsOf(error: ApiError | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of error?.fieldErrors ?? []) {
    byField[problem.field] = byField[problem.field] ? `${byField[problem.field]} ${problem.message}` : problem.message;
  }
  return byField;
}

/** Messages for a list field and its items (`body.statementKeys`, `body.statementKeys[0]`, …), as one sentence each. */
export function listErrors(errors: Record<string, string>, field: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([name]) => name === field || name.startsWith(`${field}[`))
    .map(([, message]) => message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
