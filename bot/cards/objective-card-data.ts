import { z } from 'zod';

/**
 * What the objective cards send back. Buttons carry the objective's id; Teams adds every
 * input's value, keyed by the input's id, as a string. Nothing here is trusted: the bot
 * parses it with these schemas before calling a use case, and each problem names the field
 * the way the card labels it.
 */

/** Action.Execute verbs (answered in place of the card) of the manager's review card. */
export const OBJECTIVE_VERBS = {
  agree: 'objective.agree',
  return: 'objective.return',
} as const;
export type ObjectiveVerb = (typeof OBJECTIVE_VERBS)[keyof typeof OBJECTIVE_VERBS];

const VERBS: ReadonlySet<string> = new Set(Object.values(OBJECTIVE_VERBS));

export function isObjectiveVerb(verb: string): verb is ObjectiveVerb {
  return VERBS.has(verb);
}

/** The review card's one input: the comment a returned objective must carry. */
export const RETURN_COMMENT_INPUT = { id: 'comment', label: 'What should change? (needed to return it)' } as const;

export const ObjectiveIdData = z.looseObject({ objectiveId: z.uuid() });

// Same limits as the HTTP body (ReturnObjectiveBody), so the card and the tab refuse alike.
export const ReturnData = z.looseObject({ objectiveId: z.uuid(), comment: z.string().trim().min(3).max(1000) });
export type ReturnData = z.infer<typeof ReturnData>;

const PROBLEM_BY_FIELD: Record<'objectiveId' | 'comment', { missing: string; invalid: string }> = {
  objectiveId: { missing: 'The card does not say which objective it is for.', invalid: 'The card names an objective that does not exist.' },
  comment: {
    missing: `Fill in “${RETURN_COMMENT_INPUT.label}” to return the objective.`,
    invalid: `“${RETURN_COMMENT_INPUT.label}” must be between 3 and 1,000 characters.`,
  },
};

export type CardDataResult<T> = { ok: true; data: T } | { ok: false; problems: string[]; fields: string[] };

/** Parses card data; each problem is a sentence naming the card's field. */
export function readObjectiveCardData<T>(schema: z.ZodType<T>, value: unknown): CardDataResult<T> {
  const data: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
  const problems = fields.map((field) => {
    const wording = PROBLEM_BY_FIELD[field as keyof typeof PROBLEM_BY_FIELD];
    if (!wording) return 'The card’s answers could not be read.';
    const given = data[field];
    const blank = given === undefined || given === null || (typeof given === 'string' && given.trim() === '');
    return blank ? wording.missing : wording.invalid;
  });
  return { ok: false, problems: [...new Set(problems)], fields };
}
