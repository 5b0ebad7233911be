import { describe, expect, it } from '@jest/globals';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';

/**
 * Everyone takes the skills audit, including people who find reading hard: every help text,
 * example and description the council starts with reads at age 9 or below (Flesch-Kincaid
 * grade + 5, as the UK usually states it). The Basic Digital Skills statements themselves are
 * the national framework's words and are not measured.
 */

const MAX_READING_AGE = 9;

function readingAge(text: string): number {
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim() !== '').length);
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) + 5;
}

const TEXTS = DEFAULT_FRAMEWORK.categories.flatMap((category) => [
  { where: `${category.key}: description`, text: category.description },
  ...category.statements.flatMap((statement) => [
    { where: `${statement.key}: help text`, text: statement.helpText },
    { where: `${statement.key}: example`, text: statement.example },
  ]),
]);

describe('the default framework in plain English', () => {
  it.each(TEXTS.map((entry) => [entry.where, entry.text] as const))(`%s reads at age ${MAX_READING_AGE} or below`, (_where, text) => {
    expect(Math.round(readingAge(text) * 10) / 10).toBeLessThanOrEqual(MAX_READING_AGE);
  });
});
