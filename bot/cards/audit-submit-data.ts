import { z } from 'zod';
import { AnswerValue, type GivenAnswer } from '../../api/src/contracts/skills-audit.js';
import type { FrameworkStatement } from '../../api/src/contracts/skills-framework.js';

/**
 * What the audit cards send back when a button is pressed. The buttons' own data says what
 * to do; Teams adds every input's value to it, keyed by the input's id. Nothing here is
 * trusted: the bot parses it with these schemas before calling a use case.
 */

export const AUDIT_SAVE = 'audit-save';
export const AUDIT_SUBMIT = 'audit-submit';
export const AUDIT_OPEN = 'audit-open';

/** The id of the input holding the answer to one statement: the statement's id, prefixed. */
const ANSWER_INPUT_PREFIX = 'answer-';

export function answerInputId(statementId: string): string {
  return `${ANSWER_INPUT_PREFIX}${statementId}`;
}

/** The check card's "change the answers for" picker. */
export const CHANGE_CATEGORY_INPUT_ID = 'changeCategoryKey';

const CategoryKey = z.string().trim().min(1).max(60);

export const AuditSaveData = z.object({
  command: z.literal(AUDIT_SAVE),
  campaignId: z.uuid(),
  categoryKey: CategoryKey,
  /** A very long category is split over several cards; this is which one. */
  part: z.number().int().min(0).max(40).default(0),
  then: z.enum(['continue', 'stop']),
});
export type AuditSaveData = z.infer<typeof AuditSaveData>;

export const AuditSubmitData = z.object({ command: z.literal(AUDIT_SUBMIT), campaignId: z.uuid() });
export type AuditSubmitData = z.infer<typeof AuditSubmitData>;

export const AuditOpenData = z.object({
  command: z.literal(AUDIT_OPEN),
  campaignId: z.uuid(),
  [CHANGE_CATEGORY_INPUT_ID]: CategoryKey,
});
export type AuditOpenData = z.infer<typeof AuditOpenData>;

export function auditSaveData(data: Omit<AuditSaveData, 'command'>): AuditSaveData {
  return { command: AUDIT_SAVE, ...data };
}

export function auditSubmitData(campaignId: string): AuditSubmitData {
  return { command: AUDIT_SUBMIT, campaignId };
}

export function auditOpenData(campaignId: string): Omit<AuditOpenData, typeof CHANGE_CATEGORY_INPUT_ID> {
  return { command: AUDIT_OPEN, campaignId };
}

export type AnswersFromCard = { ok: true; answers: GivenAnswer[] } | { ok: false; problems: string[] };

// A client that leaves a choice unselected sends an empty string, or nothing at all.
const Blank = z.literal('').transform(() => undefined);

function quoted(statement: FrameworkStatement): string {
  return `“${statement.text}”`;
}

/**
 * The answers a category card carries for `statements`, checked one by one. With
 * `everyStatement` each one must be answered (Save and continue); otherwise unanswered ones
 * are left out (Save and stop). Each problem names the statement in the person's words.
 */
export function answersFromCard(value: unknown, statements: readonly FrameworkStatement[], everyStatement: boolean): AnswersFromCard {
  const answer = everyStatement ? AnswerValue : z.union([Blank, AnswerValue]).optional();
  const schema = z.object(Object.fromEntries(statements.map((statement) => [answerInputId(statement.id), answer])));
  const data: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const byInput = new Map(statements.map((statement) => [answerInputId(statement.id), statement]));
    const problems = parsed.error.issues.map((issue) => {
      const inputId = String(issue.path[0]);
      const statement = byInput.get(inputId);
      if (!statement) return 'The card’s answers could not be read.';
      return data[inputId] === undefined || data[inputId] === ''
        ? `Choose an answer for ${quoted(statement)}.`
        : `The answer given for ${quoted(statement)} is not one of the four answers on the card.`;
    });
    return { ok: false, problems: [...new Set(problems)] };
  }
  const answers: GivenAnswer[] = [];
  for (const statement of statements) {
    const given = AnswerValue.safeParse(parsed.data[answerInputId(statement.id)]);
    if (given.success) answers.push({ statementId: statement.id, answer: given.data });
  }
  return { ok: true, answers };
}

/**
 * Every answer a card carries, unchecked, for when the bot no longer knows the card's
 * questions (the campaign closed, or another one opened): the use case then decides, and
 * explains, what is wrong.
 */
export function rawAnswersFromCard(value: unknown): Array<{ statementId: string; answer: string }> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, answer]) => {
    const statementId = key.startsWith(ANSWER_INPUT_PREFIX) ? z.uuid().safeParse(key.slice(ANSWER_INPUT_PREFIX.length)) : undefined;
    return statementId?.success && typeof answer === 'string' ? [{ statementId: statementId.data, answer }] : [];
  });
}
