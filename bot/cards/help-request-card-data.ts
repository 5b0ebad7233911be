import { z } from 'zod';

/**
 * What the help-request cards send back. Buttons carry their own data; Teams adds every
 * input's value, keyed by the input's id, as a string. Nothing here is trusted: the bot
 * parses it with these schemas before calling a use case, and each problem names the field
 * the way the card labels it.
 */

/** Action.Execute verbs (answered in place of the card) of the help-request cards. */
export const HELP_REQUEST_VERBS = {
  accept: 'helpRequest.accept',
  pass: 'helpRequest.pass',
  cancel: 'helpRequest.cancel',
  resolve: 'helpRequest.resolve',
  rate: 'helpRequest.rate',
  refresh: 'helpRequest.refresh',
} as const;
export type HelpRequestVerb = (typeof HELP_REQUEST_VERBS)[keyof typeof HELP_REQUEST_VERBS];

/** Action.Submit commands of the asking cards (they come through the bot's message path). */
export const HELP_REQUEST_SUGGEST = 'help-request-suggest';
export const HELP_REQUEST_SEND = 'help-request-send';
export const HELP_REQUEST_DISMISS = 'help-request-dismiss';

/** Input ids, and the labels the cards show for them (problems name the field by its label). */
export const HELP_REQUEST_INPUTS = {
  question: { id: 'question', label: 'What do you need help with?' },
  categoryKey: { id: 'categoryKey', label: 'What kind of help is it?' },
  note: { id: 'note', label: 'What you did (for the support log)' },
  minutesSpent: { id: 'minutesSpent', label: 'Minutes spent helping' },
  rating: { id: 'rating', label: 'How helpful was it?' },
  comment: { id: 'comment', label: 'Anything you would like to add? (optional)' },
} as const;

type InputName = keyof typeof HELP_REQUEST_INPUTS;

// Teams sends every input as a string; a number typed into Input.Number arrives as "15".
const WholeNumber = z.union([z.number(), z.string().trim().regex(/^\d{1,4}$/).transform(Number)]);
const Blank = z.literal('').transform(() => undefined);

export const RequestIdData = z.looseObject({ requestId: z.uuid() });

export const ResolveData = z.looseObject({
  requestId: z.uuid(),
  note: z.string().trim().min(3).max(2000),
  minutesSpent: WholeNumber.pipe(z.number().int().min(1).max(600)),
});

export const RateData = z.looseObject({
  requestId: z.uuid(),
  rating: WholeNumber.pipe(z.number().int().min(1).max(5)),
  comment: z.union([Blank, z.string().trim().max(1000)]).optional(),
});

export const SuggestData = z.looseObject({ command: z.literal(HELP_REQUEST_SUGGEST), question: z.string().trim().min(3).max(1000) });

export const SendData = z.looseObject({
  command: z.literal(HELP_REQUEST_SEND),
  question: z.string().trim().min(3).max(1000),
  categoryKey: z.string().trim().min(1).max(60),
});

const PROBLEM_BY_FIELD: Record<InputName | 'requestId', { missing: string; invalid: string }> = {
  requestId: { missing: 'The card does not say which request it is for.', invalid: 'The card names a request that does not exist.' },
  question: {
    missing: `Fill in “${HELP_REQUEST_INPUTS.question.label}”.`,
    invalid: `“${HELP_REQUEST_INPUTS.question.label}” must be between 3 and 1,000 characters.`,
  },
  categoryKey: {
    missing: `Choose an answer for “${HELP_REQUEST_INPUTS.categoryKey.label}”.`,
    invalid: `Choose one of the listed answers for “${HELP_REQUEST_INPUTS.categoryKey.label}”.`,
  },
  note: {
    missing: `Fill in “${HELP_REQUEST_INPUTS.note.label}”.`,
    invalid: `“${HELP_REQUEST_INPUTS.note.label}” must be between 3 and 2,000 characters.`,
  },
  minutesSpent: {
    missing: `Fill in “${HELP_REQUEST_INPUTS.minutesSpent.label}”.`,
    invalid: `“${HELP_REQUEST_INPUTS.minutesSpent.label}” must be a whole number from 1 to 600.`,
  },
  rating: {
    missing: `Choose an answer for “${HELP_REQUEST_INPUTS.rating.label}”.`,
    invalid: `“${HELP_REQUEST_INPUTS.rating.label}” must be a number from 1 to 5.`,
  },
  comment: { missing: '', invalid: `“${HELP_REQUEST_INPUTS.comment.label}” must be 1,000 characters or fewer.` },
};

export type CardDataResult<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** Parses card data; each problem is a sentence naming the card's field. */
export function readCardData<T>(schema: z.ZodType<T>, value: unknown): CardDataResult<T> {
  const data: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const wording = PROBLEM_BY_FIELD[field as keyof typeof PROBLEM_BY_FIELD];
    if (!wording) return 'The card’s answers could not be read.';
    const given = data[field];
    return given === undefined || given === null || given === '' ? wording.missing : wording.invalid;
  });
  return { ok: false, problems: [...new Set(problems)] };
}
