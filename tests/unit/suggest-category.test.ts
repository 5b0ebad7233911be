import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { FrameworkVersion } from '../../api/src/contracts/skills-framework.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import { indexFramework } from '../../api/src/domain/audit/framework-index.js';
import { suggestCategoryKey, type CategoryChoice } from '../../api/src/domain/champions/help-requests/category-words.js';
import type { HelpRequestDeps } from '../../api/src/domain/champions/help-requests/help-request-deps.js';
import { silentHelpRequestNotifier } from '../../api/src/domain/champions/help-requests/help-request-notifier.js';
import { suggestCategory } from '../../api/src/domain/champions/help-requests/suggest-category.js';
import type { Actor } from '../../api/src/domain/shared/actor.js';

function frameworkVersion(document = DEFAULT_FRAMEWORK): FrameworkVersion {
  return {
    id: randomUUID(),
    version: 1,
    name: document.name,
    note: null,
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: null,
    current: true,
    categories: document.categories.map((category) => ({
      ...category,
      id: randomUUID(),
      statements: category.statements.map((statement) => ({ ...statement, id: randomUUID() })),
    })),
  };
}

const DEFAULT_CHOICES: CategoryChoice[] = DEFAULT_FRAMEWORK.categories.map((category) => ({
  key: category.key,
  title: category.title,
  text: category.statements.map((statement) => statement.text).join(' '),
}));

const suggest = (text: string, choices = DEFAULT_CHOICES) => suggestCategoryKey(text, choices);

describe('suggestCategoryKey', () => {
  it('points a spreadsheet formula to Digital at work (where Excel is)', () => {
    expect(suggest('help me with a spreadsheet formula')).toBe('digital-at-work');
  });

  it('points a phishing email to Being safe and legal online, not to email', () => {
    expect(suggest('how do I spot a phishing email')).toBe('safe-and-legal');
  });

  it('recognises everyday words for each of the shipped categories', () => {
    expect(suggest('I forgot my password and I am locked out')).toBe('foundation');
    expect(suggest('how do I download and save a photo from a website')).toBe('managing-information');
    expect(suggest('can someone show me how to make a video call on WhatsApp')).toBe('communicating');
    expect(suggest('I want to pay for my parking permit online')).toBe('transacting');
    expect(suggest('my laptop keeps showing an error and it is not working')).toBe('problem-solving');
    expect(suggest('I need to design a poster for our event')).toBe('creating');
    expect(suggest('setting up an out of office in Outlook')).toBe('digital-at-work');
  });

  it('copes with capitals, plurals and punctuation', () => {
    expect(suggest('SCAMS!!! Suspicious texts, what do I do?')).toBe('safe-and-legal');
    expect(suggest('Sharing files on OneDrive')).toBe('digital-at-work');
  });

  it('suggests nothing when the words point nowhere', () => {
    expect(suggest('blorp wibble zzzz')).toBeNull();
    expect(suggest('please help me')).toBeNull();
    expect(suggest('')).toBeNull();
  });

  it('suggests only categories of the framework it is given', () => {
    const withoutSafety = DEFAULT_CHOICES.filter((choice) => choice.key !== 'safe-and-legal');
    expect(suggest('how do I spot a phishing email', withoutSafety)).toBe('digital-at-work');
  });

  it('uses a council’s own category’s title and statements as its words', () => {
    const own: CategoryChoice = { key: 'geographic-information', title: 'Maps and GIS', text: 'Use the council mapping system to find land ownership' };
    expect(suggest('who owns this land on the mapping system', [...DEFAULT_CHOICES, own])).toBe('geographic-information');
  });
});

describe('suggestCategory', () => {
  const version = frameworkVersion();
  const deps = {
    requests: { currentFrameworkVersionId: async () => version.id },
    frameworks: { get: async (id: string) => (id === version.id ? indexFramework(version) : undefined) },
    notifier: silentHelpRequestNotifier,
  } as unknown as HelpRequestDeps;
  const actor: Actor = { personId: randomUUID(), displayName: 'Sam Whitfield', roles: new Set(['staff']) };

  it('proposes a category and lists every category of the current framework, in order', async () => {
    const suggestion = await suggestCategory(deps, actor, 'how do I spot a phishing email');
    expect(suggestion.suggested).toBe('safe-and-legal');
    expect(suggestion.categories.map((category) => category.key)).toEqual(DEFAULT_FRAMEWORK.categories.map((category) => category.key));
    expect(suggestion.categories[0]).toEqual({ key: 'foundation', title: 'Foundation' });
  });

  it('still lists the categories when it cannot suggest one', async () => {
    const suggestion = await suggestCategory(deps, actor, 'blorp');
    expect(suggestion.suggested).toBeNull();
    expect(suggestion.categories).toHaveLength(DEFAULT_FRAMEWORK.categories.length);
  });
});
