import type { CategorySuggestion } from '../../api/src/contracts/help-requests.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { HELP_REQUEST_DISMISS, HELP_REQUEST_INPUTS, HELP_REQUEST_SEND, HELP_REQUEST_SUGGEST } from './help-request-card-data.js';
import { problemBlock, questionBlock } from './help-request-card-parts.js';

/** The cards of asking for help in the chat: what do you need, check the kind of help, sent. */

const NO_NAMES = 'Please do not include anyone’s personal details, such as a resident’s name or case number.';

/** The box for their words, the same on the first card and when they check it. */
function questionInput(options: { value?: string | undefined; placeholder?: string }): CardElement {
  return {
    type: 'Input.Text',
    id: HELP_REQUEST_INPUTS.question.id,
    label: HELP_REQUEST_INPUTS.question.label,
    isMultiline: true,
    maxLength: 1000,
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
  };
}

/** "ask a champion": what they need help with, in their own words. */
export function buildAskWhatHelpCard(input: { problems?: readonly string[]; question?: string } = {}): AdaptiveCard {
  const intro = 'Tell me what you need help with, in your own words. I’ll find a Digital Champion who knows about it.';
  return adaptiveCard({
    speak: `Ask a Digital Champion. ${intro}`,
    fallbackText: 'Ask a Digital Champion: tell me what you need help with.',
    body: [
      heading('Ask a Digital Champion'),
      paragraph(intro),
      ...problemBlock(input.problems ?? [], 'Nothing has been sent yet.'),
      questionInput({ placeholder: 'For example: sharing a file in Teams', value: input.question || undefined }),
      paragraph(NO_NAMES, { isSubtle: true, spacing: 'Small' }),
    ],
    actions: [{ type: 'Action.Submit', title: 'Next', data: { command: HELP_REQUEST_SUGGEST } }],
  });
}

export interface CategoryConfirmCardInput {
  question: string;
  suggestion: CategorySuggestion;
  /** The kind of help chosen last time the card was sent back, when it had a problem. */
  categoryKey?: string | undefined;
  problems?: readonly string[];
}

/** Their words, and the kind of help the bot thinks it is, for them to confirm or change before anything is sent. */
export function buildCategoryConfirmCard(input: CategoryConfirmCardInput): AdaptiveCard {
  const chosen = input.categoryKey ?? input.suggestion.suggested ?? undefined;
  const suggested = input.suggestion.categories.find((category) => category.key === chosen);
  const guess = suggested
    ? `I think this is about “${suggested.title}”. If it is not, choose the closest kind of help.`
    : 'I couldn’t tell what kind of help this is. Please choose the closest one.';
  const body: CardElement[] = [
    heading('Check before I send it'),
    paragraph('Here is what you asked for help with. You can change the words.'),
    ...problemBlock(input.problems ?? [], 'Nothing has been sent yet.'),
    questionInput({ value: input.question }),
    paragraph(guess, { spacing: 'Medium' }),
    {
      type: 'Input.ChoiceSet',
      id: HELP_REQUEST_INPUTS.categoryKey.id,
      label: HELP_REQUEST_INPUTS.categoryKey.label,
      style: 'expanded',
      wrap: true,
      choices: input.suggestion.categories.map((category) => ({ title: category.title, value: category.key })),
      ...(suggested ? { value: suggested.key } : {}),
    },
  ];
  return adaptiveCard({
    speak: `Check before I send it. You asked for help with: ${input.question}. ${guess} Then choose Send to a champion, or Cancel.`,
    fallbackText: `Check your request before it is sent: ${input.question}`,
    body,
    actions: [
      { type: 'Action.Submit', title: 'Send to a champion', data: { command: HELP_REQUEST_SEND } },
      { type: 'Action.Submit', title: 'Cancel', data: { command: HELP_REQUEST_DISMISS } },
    ],
  });
}

/** What the confirmation card becomes once the request is sent: a record of what was asked. */
export function buildRequestSentCard(input: { question: string; categoryTitle: string }): AdaptiveCard {
  const next = 'I’ll tell you here when a champion takes it.';
  return adaptiveCard({
    speak: `Your request is sent. You asked for help with: ${input.question}. Kind of help: ${input.categoryTitle}. ${next}`,
    fallbackText: `Your request for help is sent: ${input.question}`,
    body: [
      heading('Your request is sent'),
      questionBlock(input),
      { type: 'FactSet', facts: [{ title: 'Kind of help', value: input.categoryTitle }] },
      paragraph(next),
    ],
  });
}

/** What the confirmation card becomes after "Cancel": nothing was sent. */
export function buildRequestNotSentCard(): AdaptiveCard {
  const text = 'I haven’t sent anything. Type ask a champion whenever you need help.';
  return adaptiveCard({ speak: `Not sent. ${text}`, fallbackText: text, body: [heading('Not sent'), paragraph(text)] });
}

/** A use case or the card's data said no: what is wrong, in the person's words. */
export function buildHelpRequestProblemCard(problems: readonly string[], title = 'That didn’t work'): AdaptiveCard {
  const text = problems.join(' ');
  return adaptiveCard({
    speak: `${title}. ${text}`,
    fallbackText: text,
    body: [heading(title), ...problems.map((problem) => paragraph(problem))],
  });
}
