import type { FrameworkCategory, FrameworkStatement } from '../../api/src/contracts/skills-framework.js';
import { statementBlock } from './audit-statement-block.js';

/**
 * The order the bot walks through the audit: one card per category. Teams refuses a card
 * over about 28 KB, so a category too long for one card (a framework allows 40 statements
 * of long help text) is split into parts; the default framework never needs to be.
 */
export interface AuditStep {
  category: FrameworkCategory;
  /** The category's place in the framework, from 0. */
  categoryIndex: number;
  /** Which part of the category this card holds, from 0, and how many parts there are. */
  part: number;
  parts: number;
  statements: FrameworkStatement[];
}

/** Room for the statements on one card, leaving the rest of the 28 KB for the heading and buttons. */
export const STATEMENT_BYTES_PER_CARD = 20 * 1024;

function blockBytes(statement: FrameworkStatement): number {
  // Measured with the longest answer preselected, so the split never depends on the answers.
  return Buffer.byteLength(JSON.stringify(statementBlock(statement, 'done-recently')), 'utf8');
}

function splitStatements(statements: readonly FrameworkStatement[]): FrameworkStatement[][] {
  const parts: FrameworkStatement[][] = [];
  let current: FrameworkStatement[] = [];
  let bytes = 0;
  for (const statement of statements) {
    const size = blockBytes(statement);
    if (current.length > 0 && bytes + size > STATEMENT_BYTES_PER_CARD) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(statement);
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

export function auditSteps(categories: readonly FrameworkCategory[]): AuditStep[] {
  return categories.flatMap((category, categoryIndex) => {
    const parts = splitStatements(category.statements);
    return parts.map((statements, part) => ({ category, categoryIndex, part, parts: parts.length, statements }));
  });
}

export function findStep(steps: readonly AuditStep[], categoryKey: string, part = 0): AuditStep | undefined {
  return steps.find((step) => step.category.key === categoryKey && step.part === part);
}

/**
 * The next card with a question still to answer: the first after `after` (the card just
 * saved), coming back round to the start for any the person skipped, for instance in the
 * tab. Undefined when everything is answered.
 */
export function nextStep(
  steps: readonly AuditStep[],
  answered: ReadonlySet<string>,
  after?: { categoryKey: string; part: number },
): AuditStep | undefined {
  const current = after ? steps.findIndex((step) => step.category.key === after.categoryKey && step.part === after.part) : -1;
  const start = current + 1;
  const inOrder = [...steps.slice(start), ...steps.slice(0, start)];
  return inOrder.find((step) => step.statements.some((statement) => !answered.has(statement.id)));
}

export function stepTitle(step: AuditStep): string {
  return step.parts > 1 ? `${step.category.title} (part ${step.part + 1} of ${step.parts})` : step.category.title;
}
