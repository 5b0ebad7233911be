import { describe, expect, it } from '@jest/globals';
import type { Activity } from 'botbuilder';
import { isHelpPhrase, questionOf } from '../../bot/help-request-phrases.js';

const BOT = { id: '28:digital-culture-hub', name: 'Digital Culture Hub' };

function message(text: string, entities: Activity['entities'] = []): Activity {
  return { type: 'message', text, recipient: BOT, entities } as unknown as Activity;
}

describe('isHelpPhrase', () => {
  it.each(['help me with sharing a file', 'help with excel', 'i need help with my password', 'help me with'])('takes "%s" as asking for help', (command) => {
    expect(isHelpPhrase(command)).toBe(true);
  });

  it.each(['help', 'helpful tips', 'audit', 'help me'])('leaves "%s" to other commands', (command) => {
    expect(isHelpPhrase(command)).toBe(false);
  });
});

describe('questionOf', () => {
  it('keeps the person’s words and letter case after the phrase', () => {
    expect(questionOf(message('Help me with sharing a file in Teams.'))).toBe('Sharing a file in Teams');
    expect(questionOf(message('I NEED HELP WITH my OneDrive'))).toBe('My OneDrive');
  });

  it('leaves out the bot’s @mention and markup', () => {
    const mention = { type: 'mention', mentioned: BOT, text: '<at>Digital Culture Hub</at>' };
    expect(questionOf(message('<at>Digital Culture Hub</at> help with <b>Excel</b>&nbsp;formulas', [mention]))).toBe('Excel formulas');
  });

  it('is empty when they said only the phrase', () => {
    expect(questionOf(message('help me with'))).toBe('');
  });
});
