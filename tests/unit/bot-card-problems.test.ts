import { describe, expect, it } from '@jest/globals';
import { adaptiveCard, paragraph } from '../../bot/cards/adaptive-card.js';
import { findCardProblems, MAX_CARD_BYTES } from '../../bot/cards/card-problems.js';

function validCard(): Record<string, unknown> {
  return { ...adaptiveCard({ speak: 'Hello', fallbackText: 'Hello', body: [paragraph('Hello')] }) };
}

describe('findCardProblems', () => {
  it('finds nothing wrong with a card that follows the house rules', () => {
    expect(findCardProblems(validCard())).toEqual([]);
  });

  it('reports a card for a newer schema than Teams renders', () => {
    expect(findCardProblems({ ...validCard(), version: '1.6' })).toEqual([expect.stringContaining('version must be 1.5')]);
  });

  it('reports a card without speak text', () => {
    expect(findCardProblems({ ...validCard(), speak: ' ' })).toEqual(['card: speak text is missing']);
  });

  it('reports a card Teams would squeeze into a chat bubble', () => {
    expect(findCardProblems({ ...validCard(), msteams: undefined })).toEqual(["card: msteams.width must be 'Full'"]);
  });

  it('reports an image without alt text, wherever it is nested', () => {
    const card = {
      ...validCard(),
      body: [{ type: 'Container', items: [{ type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'Image', url: 'https://x.example/a.png' }] }] }] }],
    };

    expect(findCardProblems(card)).toEqual([
      'card.body[0].items[0].columns[0].items[0]: Image has no altText for screen-reader users',
    ]);
  });

  it('reports an input without a label or an id', () => {
    const card = { ...validCard(), body: [{ type: 'Input.Text' }] };

    expect(findCardProblems(card)).toEqual([
      'card.body[0]: Input.Text has no id, so its value cannot be submitted',
      'card.body[0]: Input.Text has no label for screen-reader users',
    ]);
  });

  it('reports elements and actions that Adaptive Cards 1.5 does not have', () => {
    const card = { ...validCard(), body: [{ type: 'Carousel', pages: [] }], actions: [{ type: 'Action.Popover', title: 'More' }] };

    expect(findCardProblems(card)).toEqual([
      'card.body[0]: Carousel is not an Adaptive Card 1.5 element or action',
      'card.actions[0]: Action.Popover is not an Adaptive Card 1.5 element or action',
    ]);
  });

  it('reports actions without a title and links without a url', () => {
    const card = { ...validCard(), actions: [{ type: 'Action.OpenUrl' }] };

    expect(findCardProblems(card)).toEqual([
      'card.actions[0]: Action.OpenUrl has no title',
      'card.actions[0]: Action.OpenUrl has no url',
    ]);
  });

  it('reports two elements sharing an id, including inside a card shown by a button', () => {
    const card = {
      ...validCard(),
      body: [{ type: 'Input.Text', id: 'note', label: 'Note' }],
      actions: [{ type: 'Action.ShowCard', title: 'Add more', card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'note', label: 'Again' }] } }],
    };

    expect(findCardProblems(card)).toEqual(['card.actions[0].card.body[0]: id "note" is already used at card.body[0]']);
  });

  it('reports a card too big for a Teams message', () => {
    const card = { ...validCard(), body: [paragraph('x'.repeat(MAX_CARD_BYTES))] };

    expect(findCardProblems(card)).toEqual([expect.stringContaining('bytes Teams accepts')]);
  });

  it('reports something that is not a card at all', () => {
    expect(findCardProblems('hello')).toEqual(['card: is not an object']);
  });
});
