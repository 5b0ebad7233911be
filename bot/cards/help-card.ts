import { BOT_COMMANDS, commandsFor, type BotCommand, type CommandScope } from '../commands.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type Container } from './adaptive-card.js';

export interface HelpCardInput {
  scope: CommandScope;
  /** Defaults to every command the bot knows; a test or a feature flag can narrow it. */
  commands?: readonly BotCommand[];
}

function commandBlock(command: BotCommand): Container {
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [paragraph(command.title, { weight: 'Bolder' }), paragraph(command.description, { spacing: 'None' })],
  };
}

function howToType(scope: CommandScope): string {
  return scope === 'personal'
    ? 'Type one of these words in a message to me.'
    : 'In a channel, mention me first and then type the word, for example @Digital Culture Hub help.';
}

/** Lists what the bot understands in the scope it was asked in, from the one command list. */
export function buildHelpCard(input: HelpCardInput): AdaptiveCard {
  const commands = commandsFor(input.scope, input.commands ?? BOT_COMMANDS);
  const spokenCommands = commands.map((command) => `${command.title}: ${command.description}`).join(' ');
  const body = [heading('What I can do'), paragraph(howToType(input.scope)), ...commands.map(commandBlock)];
  if (input.scope === 'personal') {
    body.push(
      paragraph('You can also open the Home tab to take the skills audit and see your learning plan.', {
        spacing: 'Large',
        isSubtle: true,
      }),
    );
  }
  return adaptiveCard({
    speak: `Here is what I can do. ${howToType(input.scope)} ${spokenCommands}`,
    fallbackText: `Here is what I can do: ${commands.map((command) => command.title).join(', ')}.`,
    body,
  });
}
