import type { Activity } from 'botbuilder';
import { plainTextOf, withoutClosingMarks } from './message-text.js';

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
  const rest = withoutClosingMarks(ASKING.exec(plainTextOf(activity))?.[1] ?? '', '.!').trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
