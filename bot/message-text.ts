import { TurnContext, type Activity } from 'botbuilder';

/**
 * Every pattern here is linear in the length of the message: a message can be tens of
 * thousands of characters, and the bot shares its event loop with everyone.
 */
const NON_BREAKING_SPACES = /&nbsp;|\u00a0/gi;
const LEADING_MENTIONS = /^(?:<at>[^<]*<\/at>\s*)+/i;
// `[^<>]` rather than `[^>]`: a run of "<" without a ">" is then read once, not once per "<".
const MARKUP = /<[^<>]+>/g;
const SPACES = /\s+/g;

/**
 * What the person wrote, in their own letter case: the bot's own @mention removed (Teams
 * puts it in the text of every channel message addressed to the bot), markup and
 * non-breaking spaces gone, runs of spaces made one.
 */
export function plainTextOf(activity: Activity): string {
  if (!activity.text) return '';
  // removeRecipientMention edits the activity it is given; later handlers still need the original.
  const copy = { ...activity };
  const withoutOwnMention = activity.recipient?.id ? TurnContext.removeRecipientMention(copy) : activity.text;
  return (withoutOwnMention ?? '')
    .replace(NON_BREAKING_SPACES, ' ')
    .trim()
    // Teams sometimes spells the mention differently in the text and in its entity; a
    // mention left at the start is still addressed to the bot and never part of a command.
    .replace(LEADING_MENTIONS, '')
    .replace(MARKUP, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** The text without the full stops, question and exclamation marks it ends with. */
export function withoutClosingMarks(text: string, marks = '.!?'): string {
  let end = text.length;
  while (end > 0 && marks.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** What the person asked, ready to compare with a command title: plain, lower case, no closing punctuation. */
export function commandTextOf(activity: Activity): string {
  return withoutClosingMarks(plainTextOf(activity)).trim().toLowerCase();
}
