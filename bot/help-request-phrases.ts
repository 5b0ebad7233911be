import { TurnContext, type Activity } from 'botbuilder';

/**
 * "help me with …", "help with …" and "i need help with …": the ways people ask for help in
 * their own words. Plain "help" is not one of them; that shows what the bot can do.
 */
const ASKING = /^(?:i need help with|help me with|help with)(?:\s+(.*))?$/i;

/** Whether the (already lower-cased) command is a request for help in the person's own words. */
export function isHelpPhrase(command: string): boolean {
  return ASKING.test(command);
}

/**
 * What they need help with, in their own words and letter case: the text after the phrase,
 * without the bot's @mention or markup. Empty when they said only "help me with".
 */
export function questionOf(activity: Activity): string {
  const copy = { ...activity };
  const text = (activity.recipient?.id ? TurnContext.removeRecipientMention(copy) : activity.text) ?? '';
  const plain = text
    .replace(/&nbsp;|\u00a0/gi, ' ')
    .replace(/^(<at>[^<]*<\/at>\s*)+/i, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const rest = (ASKING.exec(plain)?.[1] ?? '').replace(/[.!]+$/, '').trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
