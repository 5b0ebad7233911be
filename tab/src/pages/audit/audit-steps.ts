import type { FieldProblem } from '../../../../api/src/contracts/common';
import type { AnswerValue, MyAudit } from '../../../../api/src/contracts/skills-audit';
import type { FrameworkCategory, FrameworkStatement } from '../../../../api/src/contracts/skills-framework';

/** The rules of moving through the audit, kept free of React so they can be tested on their own. */

export const AUDIT_PATHS = {
  start: '/audit',
  questions: '/audit/questions',
  check: '/audit/check',
  submitted: '/audit/submitted',
  mySkills: '/my-skills',
  report: '/my-skills/report',
} as const;

/** Most people answer a statement in about ten seconds: reading it, its example, and choosing. */
const SECONDS_PER_STATEMENT = 10;

export function minutesToComplete(statements: number): number {
  return Math.max(1, Math.ceil((statements * SECONDS_PER_STATEMENT) / 60));
}

export function questionsPath(categoryKey: string, options: { fromCheck?: boolean; statementId?: string } = {}): string {
  const params = new URLSearchParams({ category: categoryKey });
  if (options.fromCheck) params.set('from', 'check');
  const hash = options.statementId ? `#${statementAnchor(options.statementId)}` : '';
  return `${AUDIT_PATHS.questions}?${params.toString()}${hash}`;
}

export function reportPath(responseId: string): string {
  return `${AUDIT_PATHS.report}?id=${encodeURIComponent(responseId)}`;
}

export function submittedPath(responseId: string): string {
  return `${AUDIT_PATHS.submitted}?id=${encodeURIComponent(responseId)}`;
}

/** The id of a statement's fieldset on the questions page: what Change links and error links point at. */
export function statementAnchor(statementId: string): string {
  return `statement-${statementId}`;
}

/** The first radio button of a statement, which takes focus when someone follows a link to it. */
export function firstAnswerId(statementId: string): string {
  return `answer-${statementId}-0`;
}

export interface Position {
  category: FrameworkCategory;
  index: number;
  count: number;
  previous: FrameworkCategory | null;
  next: FrameworkCategory | null;
}

export function positionOf(audit: MyAudit, categoryKey: string | null): Position | null {
  const index = audit.categories.findIndex((category) => category.key === categoryKey);
  const category = audit.categories[index];
  if (!category) return null;
  return {
    category,
    index,
    count: audit.categories.length,
    previous: audit.categories[index - 1] ?? null,
    next: audit.categories[index + 1] ?? null,
  };
}

export function answersOf(audit: MyAudit): Map<string, AnswerValue> {
  return new Map(audit.answers.map((given) => [given.statementId, given.answer]));
}

/** Where "Start" or "Continue" takes someone: the first part with a gap, else the check page. */
export function resumePath(audit: MyAudit): string {
  if (audit.resumeCategoryKey) return questionsPath(audit.resumeCategoryKey);
  const first = audit.categories[0];
  if (audit.status === 'not-started' && first) return questionsPath(first.key);
  return AUDIT_PATHS.check;
}

export function unansweredIn(category: FrameworkCategory, answers: Map<string, AnswerValue>): FrameworkStatement[] {
  return category.statements.filter((statement) => !answers.has(statement.id));
}

export interface StatementProblem {
  statementId: string;
  categoryKey: string;
  text: string;
  message: string;
}

export interface SortedProblems {
  statements: StatementProblem[];
  other: FieldProblem[];
}

/**
 * Puts each problem the API named next to the statement it is about. The API names a
 * field as the request had it (`body.answers[3].answer`), so `sent` — the statement ids
 * in the order they were sent — turns an index back into a statement; a field that
 * names a statement's id or key directly is recognised too.
 */
export function sortProblems(problems: readonly FieldProblem[], audit: MyAudit, sent: readonly string[] = []): SortedProblems {
  const statements: StatementProblem[] = [];
  const other: FieldProblem[] = [];
  const all = audit.categories.flatMap((category) => category.statements.map((statement) => ({ statement, category })));
  for (const problem of problems) {
    const indexed = /answers\[(\d+)\]/.exec(problem.field);
    const sentId = indexed ? sent[Number(indexed[1])] : undefined;
    const found = all.find(({ statement }) =>
      sentId ? statement.id === sentId : problem.field.includes(statement.id) || fieldNamesKey(problem.field, statement.key),
    );
    if (found) {
      statements.push({ statementId: found.statement.id, categoryKey: found.category.key, text: found.statement.text, message: problem.message });
    } else {
      other.push(problem);
    }
  }
  return { statements, other };
}

/** The words of an error-summary link: the API's message, naming the statement if the message does not already. */
export function problemText(problem: StatementProblem): string {
  return problem.message.includes(problem.text) ? problem.message : `${problem.text}: ${problem.message}`;
}

function fieldNamesKey(field: string, key: string): boolean {
  return field.split(/[.[\]'"]+/).includes(key);
}
