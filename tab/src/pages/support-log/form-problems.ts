import type { FieldProblem } from '../../../../api/src/contracts/common';
import type { ProblemItem } from '../../components/ProblemSummary';

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
}

function matches(problem: FieldProblem, field: string): boolean {
  return problem.field === field || problem.field.startsWith(`${field}[`) || problem.field.startsWith(`${field}.`);
}

/** "Minutes must be at most 600", for the message under the field; undefined when it has no problem. */
export function fieldMessage(problems: readonly FieldProblem[], field: FormField): string | undefined {
  const messages = problems.filter((problem) => matches(problem, field.field)).map((problem) => problem.message);
  return messages.length > 0 ? `${field.label} ${messages.join('; ')}` : undefined;
}

/** One linked item per field with a problem, in the form's order; problems with no field come last, as they are. */
export function problemItems(problems: readonly FieldProblem[], fields: readonly FormField[]): ProblemItem[] {
  const items: ProblemItem[] = [];
  for (const field of fields) {
    const text = fieldMessage(problems, field);
    if (text) {
      items.push({ key: field.field, text, href: `#${field.targetId}`, onFollow: () => document.getElementById(field.targetId)?.focus() });
    }
  }
  problems
    .filter((problem) => !fields.some((field) => matches(problem, field.field)))
    .forEach((problem, index) => items.push({ key: `other-${index}`, text: problem.message }));
  return items;
}
