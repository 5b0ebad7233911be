import { describe, expect, it } from '@jest/globals';
import type { AdaptiveCard } from '../../bot/cards/adaptive-card.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildHelpCard } from '../../bot/cards/help-card.js';
import { buildWelcomeCard } from '../../bot/cards/welcome-card.js';
import { BOT_COMMANDS, type BotCommand } from '../../bot/commands.js';

function images(card: AdaptiveCard) {
  return card.body.filter((element) => element.type === 'Image');
}

function visibleText(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}

describe('buildWelcomeCard', () => {
  it.each(['personal', 'team', 'groupChat'] as const)('builds a Teams-ready 1.5 card with speak text in %s scope', (scope) => {
    const card = buildWelcomeCard({ scope });

    expect(card.version).toBe('1.5');
    expect(card.speak.length).toBeGreaterThan(20);
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(findCardProblems(card)).toEqual([]);
  });

  it('greets the person by name in a personal chat', () => {
    const card = buildWelcomeCard({ scope: 'personal', displayName: 'Priya Shah' });

    expect(visibleText(card)).toContain('Hello Priya Shah');
    expect(card.speak).toContain('Hello Priya Shah');
  });

  it('greets everyone in a team, and tells them to mention the bot', () => {
    const card = buildWelcomeCard({ scope: 'team', displayName: 'Priya Shah' });

    expect(visibleText(card)).toContain('Hello everyone');
    expect(visibleText(card)).not.toContain('Priya');
    expect(visibleText(card)).toContain('@Digital Culture Hub help');
  });

  it('describes the logo for screen-reader users when it shows one', () => {
    const card = buildWelcomeCard({ scope: 'personal', logoUrl: 'https://hub.council.example/logo.png' });

    expect(images(card)).toEqual([expect.objectContaining({ url: 'https://hub.council.example/logo.png', altText: expect.stringContaining('logo') })]);
    expect(findCardProblems(card)).toEqual([]);
  });

  it('has no image when there is no logo to show', () => {
    expect(images(buildWelcomeCard({ scope: 'personal' }))).toEqual([]);
  });

  it('links to the Home tab when it knows where it is', () => {
    const card = buildWelcomeCard({ scope: 'personal', homeTabUrl: 'https://teams.microsoft.com/l/entity/app/home' });

    expect(card.actions).toContainEqual({ type: 'Action.OpenUrl', title: 'Open the hub', url: 'https://teams.microsoft.com/l/entity/app/home' });
  });

  it('offers a button that asks for help the way typing "help" does', () => {
    const card = buildWelcomeCard({ scope: 'personal' });

    expect(card.actions).toContainEqual(
      expect.objectContaining({ type: 'Action.Submit', data: { command: 'help' } }),
    );
  });
});

describe('buildHelpCard', () => {
  it.each(['personal', 'team'] as const)('builds a Teams-ready 1.5 card with speak text in %s scope', (scope) => {
    const card = buildHelpCard({ scope });

    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(findCardProblems(card)).toEqual([]);
  });

  it('lists, shows and speaks every command of the scope from the one command list', () => {
    const card = buildHelpCard({ scope: 'personal' });

    for (const command of BOT_COMMANDS.filter((each) => each.scopes.includes('personal'))) {
      expect(visibleText(card)).toContain(JSON.stringify(command.title));
      expect(visibleText(card)).toContain(command.description);
      expect(card.speak).toContain(`${command.title}: ${command.description}`);
    }
  });

  it('lists only the commands that work in the scope it is shown in', () => {
    const commands: BotCommand[] = [
      { title: 'help', description: 'See what I can do.', scopes: ['personal', 'team'] },
      { title: 'my report', description: 'See your latest skills report.', scopes: ['personal'] },
      { title: 'team digest', description: 'Post this week’s Root & Branch digest.', scopes: ['team'] },
    ];

    const inTeam = visibleText(buildHelpCard({ scope: 'team', commands }));
    const inPersonal = visibleText(buildHelpCard({ scope: 'personal', commands }));

    expect(inTeam).toContain('team digest');
    expect(inTeam).not.toContain('my report');
    expect(inPersonal).toContain('my report');
    expect(inPersonal).not.toContain('team digest');
  });

  it('tells people in a channel to mention the bot first', () => {
    expect(visibleText(buildHelpCard({ scope: 'team' }))).toContain('mention me first');
    expect(visibleText(buildHelpCard({ scope: 'personal' }))).not.toContain('mention me first');
  });
});
