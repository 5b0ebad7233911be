import { TurnContext, type Activity } from 'botbuilder';

/**
 * What the person actually asked, ready to compare with a command title: the bot's own
 * @mention removed (Teams puts it in the text of every channel message addressed to the
 * bot), markup and non-breaking spaces gone, lower case, no closing punctuation.
 */
export function commandTextOf(activity: Activity): string {
  if (!activity.text) return '';
  // removeRecipientMention edits the activity it is given; later handlers still need the original.
  const copy = { ...activity };
  const withoutOwnMention = activity.recipient?.id ? TurnContext.removeRecipientMention(copy) : activity.text;
  return (withoutOwnMention ?? '')
    .replace(/&nbsp;|\u00a0/gi, ' ')
    .trim()
    // Teams sometimes spells the mention differently in the text and in its entity; a
    // mention left at the start is still addressed to the bot and never part of a command.
    .replace(/^(<at>[^<]*<\/at>\s*)+/i, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .toLowerCase();
}
