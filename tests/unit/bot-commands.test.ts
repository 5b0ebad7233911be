import { describe, expect, it } from '@jest/globals';
import { BOT_COMMANDS, commandsFor, HELP_COMMAND } from '../../bot/commands.js';

// Limits the Teams client applies to a bot's command menu (stricter than the manifest schema).
const MAX_COMMANDS_PER_SCOPE = 10;
const MAX_TITLE = 32;
const MAX_DESCRIPTION = 128;

describe('BOT_COMMANDS', () => {
  it('always includes help, in every scope', () => {
    expect(BOT_COMMANDS).toContain(HELP_COMMAND);
    expect(commandsFor('personal')).toContain(HELP_COMMAND);
    expect(commandsFor('team')).toContain(HELP_COMMAND);
  });

  it.each(BOT_COMMANDS.map((command) => [command.title, command] as const))('keeps "%s" within what Teams shows', (_title, command) => {
    expect(command.title).toBe(command.title.trim().toLowerCase());
    expect(command.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(command.description.length).toBeGreaterThan(0);
    expect(command.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(command.scopes.length).toBeGreaterThan(0);
  });

  it('has no two commands with the same title', () => {
    const titles = BOT_COMMANDS.map((command) => command.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(['personal', 'team'] as const)('fits the Teams command menu in %s scope', (scope) => {
    expect(commandsFor(scope).length).toBeLessThanOrEqual(MAX_COMMANDS_PER_SCOPE);
  });
});
