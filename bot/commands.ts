/**
 * The words people can type to the bot. This one list feeds the help card and the Teams
 * manifest's command menu, so what the bot says it can do and what Teams suggests never
 * drift apart. A feature that teaches the bot a new word adds it here.
 *
 * Teams shows at most 10 commands per scope, titles of at most 32 characters and
 * descriptions of at most 128 (tests hold every entry to that).
 */
export type CommandScope = 'personal' | 'team';

export interface BotCommand {
  /** What the person types, in lower case; matched without regard to case. */
  title: string;
  /** One plain-English sentence saying what the command does. */
  description: string;
  scopes: readonly CommandScope[];
}

export const HELP_COMMAND: BotCommand = {
  title: 'help',
  description: 'See what I can do and the words you can type.',
  scopes: ['personal', 'team'],
};

export const AUDIT_COMMAND: BotCommand = {
  title: 'audit',
  description: 'Take the skills audit or carry on where you stopped, here or in the tab, and see your report when you finish.',
  scopes: ['personal'],
};

export const VOLUNTEER_COMMAND: BotCommand = {
  title: 'volunteer',
  description: 'Offer to be a Digital Champion and help colleagues with digital skills. The digital team will get back to you.',
  scopes: ['personal'],
};

export const ASK_A_CHAMPION_COMMAND: BotCommand = {
  title: 'ask a champion',
  description: 'Ask a Digital Champion for help with something digital. I’ll find a champion who knows about it.',
  scopes: ['personal'],
};

/** Typed with the person's own words after it; "help me with" alone asks what they need. */
export const HELP_ME_WITH_COMMAND: BotCommand = {
  title: 'help me with',
  description: 'Say what you need help with in your own words, for example “help me with sharing a file in Teams”.',
  scopes: ['personal'],
};

export const OBJECTIVES_COMMAND: BotCommand = {
  title: 'objectives',
  description: 'See your digital objectives for this appraisal year, where each one stands and what to do next.',
  scopes: ['personal'],
};

export const MY_DATA_COMMAND: BotCommand = {
  title: 'my data',
  description: 'Download everything the hub holds about you, from the privacy notice in the tab.',
  scopes: ['personal'],
};

export const BOT_COMMANDS: readonly BotCommand[] = [
  HELP_COMMAND,
  AUDIT_COMMAND,
  VOLUNTEER_COMMAND,
  ASK_A_CHAMPION_COMMAND,
  HELP_ME_WITH_COMMAND,
  OBJECTIVES_COMMAND,
  MY_DATA_COMMAND,
];

export function commandsFor(scope: CommandScope, commands: readonly BotCommand[] = BOT_COMMANDS): BotCommand[] {
  return commands.filter((command) => command.scopes.includes(scope));
}
