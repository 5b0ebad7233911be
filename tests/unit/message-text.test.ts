import { describe, expect, it } from '@jest/globals';
import type { Activity } from 'botbuilder';
import fc from 'fast-check';
import { questionOf } from '../../bot/help-request-phrases.js';
import { commandTextOf, withoutClosingMarks } from '../../bot/message-text.js';
import { fastestRunMs } from '../support/fastest-run.js';

const BOT = { id: '28:digital-culture-hub', name: 'Digital Culture Hub' };

function message(text: string): Activity {
  return { type: 'message', text, recipient: BOT, entities: [{ type: 'mention', mentioned: BOT, text: '<at>Digital Culture Hub</at>' }] } as unknown as Activity;
}

/** Longer than any message Teams sends (about 28 KB), so nothing a person can type is left out. */
const LONGEST_MESSAGE = 30_000;

describe('commandTextOf', () => {
  it('reads a channel message as the command it is, whatever the mention, markup and punctuation', () => {
    expect(commandTextOf(message('<at>Digital Culture Hub</at>&nbsp;<p>Ask  a <b>Champion</b></p>?!'))).toBe('ask a champion');
  });

  it('keeps a "<" that opens no markup', () => {
    expect(commandTextOf(message('is 3 < 4 <b>true</b>'))).toBe('is 3 < 4 true');
  });
});

describe('withoutClosingMarks', () => {
  it('takes off only the marks the text ends with', () => {
    expect(withoutClosingMarks('Help? Now!!.')).toBe('Help? Now');
    expect(withoutClosingMarks('Why?', '.!')).toBe('Why?');
    expect(withoutClosingMarks('...')).toBe('');
  });
});

describe('reading any message up to the longest', () => {
  const readMs = (text: string): number =>
    fastestRunMs(() => {
      commandTextOf(message(text));
      questionOf(message(`help me with ${text}`));
    });

  // The characters the patterns look for, so that every one of them is tried.
  const markupish = fc.string({ unit: fc.constantFrom('<', '>', '/', 'at', '&nbsp;', '\u00a0', ' ', '\n', '!', '?', '.', 'a'), maxLength: LONGEST_MESSAGE / 6 });
  const repeated = fc
    .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 4 }))
    .map(([unit, start]) => (start + unit.repeat(LONGEST_MESSAGE)).slice(0, LONGEST_MESSAGE));

  it('takes under 50 ms, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(markupish, repeated, fc.string({ maxLength: LONGEST_MESSAGE })), (text) => {
        expect(readMs(text)).toBeLessThan(50);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a run of "<" with no ">"', '<'.repeat(LONGEST_MESSAGE)],
    ['a run of "!" before the last word', `${'!'.repeat(LONGEST_MESSAGE - 1)}x`],
    ['a mention opened and never closed', `<at>${'<'.repeat(LONGEST_MESSAGE - 4)}`],
  ])('takes under 50 ms on %s, which once took half a second', (_name, text) => {
    expect(readMs(text)).toBeLessThan(50);
  });
});
