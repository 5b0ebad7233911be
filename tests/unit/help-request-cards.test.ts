import { describe, expect, it } from '@jest/globals';
import { HelpRequest, type CategorySuggestion } from '../../api/src/contracts/help-requests.js';
import type { AdaptiveCard } from '../../bot/cards/adaptive-card.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import {
  buildAskWhatHelpCard,
  buildCategoryConfirmCard,
  buildHelpRequestProblemCard,
  buildRequestNotSentCard,
  buildRequestSentCard,
} from '../../bot/cards/help-request-ask-cards.js';
import { HELP_REQUEST_VERBS, RateData, readCardData, ResolveData } from '../../bot/cards/help-request-card-data.js';
import { buildTakenCard } from '../../bot/cards/help-request-champion-cards.js';
import { helpRequestCardFor, type HelpRequestViewer } from '../../bot/cards/help-request-view-card.js';

const REQUEST_ID = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const SAM = { id: '11111111-1111-4111-8111-111111111111', displayName: 'Sam Whitfield' };
const PRIYA = { id: '22222222-2222-4222-8222-222222222222', displayName: 'Priya Chauhan' };
const DAVE = { id: '33333333-3333-4333-8333-333333333333', displayName: 'Dave Hollis' };
const CHAT = 'https://teams.microsoft.com/l/chat/0/0?users=priya.chauhan%40example.gov.uk';
const LINKS = { chatUrl: CHAT, requesterSite: 'Civic Centre', guideUrl: (id: string) => `https://hub.example/guides/view?id=${id}` };

function helpRequest(overrides: Partial<HelpRequest> = {}): HelpRequest {
  return HelpRequest.parse({
    id: REQUEST_ID,
    requester: SAM,
    categoryKey: 'digital-at-work',
    categoryTitle: 'Digital at work',
    question: 'Sharing a file in Teams',
    channel: 'bot',
    status: 'offered',
    createdAt: '2026-11-20T10:00:00.000Z',
    offeredTo: PRIYA,
    offerNumber: 1,
    offerExpiresAt: '2026-11-20T14:00:00.000Z',
    claimedBy: null,
    claimedAt: null,
    chatUrl: null,
    resolvedAt: null,
    resolutionNote: null,
    minutesSpent: null,
    rating: null,
    ratingComment: null,
    guides: [{ id: '44444444-4444-4444-8444-444444444444', title: 'Share a file in a Teams chat' }],
    history: [],
    ...overrides,
  });
}

const CLAIMED = { status: 'claimed' as const, offeredTo: null, offerExpiresAt: null, claimedBy: PRIYA, claimedAt: '2026-11-20T11:00:00.000Z' };
const RESOLVED = { ...CLAIMED, status: 'resolved' as const, resolvedAt: '2026-11-20T12:00:00.000Z', resolutionNote: 'Showed how to share', minutesSpent: 20 };

function buttons(card: AdaptiveCard): Array<{ type: string; title: string; verb?: string }> {
  return (card.actions ?? []).map((action) => ({ type: action.type, title: action.title, ...('verb' in action ? { verb: action.verb } : {}) }));
}

function inputIds(card: AdaptiveCard): string[] {
  const ids: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Input.')) ids.push(String(element.id));
      walk(element.items);
    }
  };
  walk(card.body);
  return ids;
}

function text(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}

const suggestion: CategorySuggestion = {
  suggested: 'digital-at-work',
  categories: [
    { key: 'communicating', title: 'Communicating' },
    { key: 'digital-at-work', title: 'Digital at work' },
  ],
};

const requester: HelpRequestViewer = { kind: 'requester' };
const priya: HelpRequestViewer = { kind: 'champion', personId: PRIYA.id };
const dave: HelpRequestViewer = { kind: 'champion', personId: DAVE.id };
const channel: HelpRequestViewer = { kind: 'channel' };

describe('help-request cards', () => {
  const everyCard: Array<[string, AdaptiveCard]> = [
    ['ask', buildAskWhatHelpCard()],
    ['ask with a problem', buildAskWhatHelpCard({ problems: ['Fill in “What do you need help with?”.'] })],
    ['category confirmation', buildCategoryConfirmCard({ question: 'Sharing a file in Teams', suggestion })],
    ['category confirmation with no suggestion', buildCategoryConfirmCard({ question: 'Something', suggestion: { ...suggestion, suggested: null } })],
    ['sent', buildRequestSentCard({ question: 'Sharing a file', categoryTitle: 'Digital at work' })],
    ['not sent', buildRequestNotSentCard()],
    ['problem', buildHelpRequestProblemCard(['The card does not say which request it is for.'])],
    ['taken', buildTakenCard({ takenBy: 'Priya Chauhan' })],
    ...(['offered', 'open-to-all', 'claimed', 'resolved', 'cancelled'] as const).flatMap((status) => {
      const overrides = status === 'claimed' ? CLAIMED : status === 'resolved' ? RESOLVED : status === 'offered' ? {} : { status, offeredTo: null, offerExpiresAt: null };
      const request = helpRequest(overrides);
      return [requester, priya, dave, channel].map(
        (viewer): [string, AdaptiveCard] => [`${status} for ${JSON.stringify(viewer)}`, helpRequestCardFor(viewer, request, LINKS)],
      );
    }),
    ['rated, for the requester', helpRequestCardFor(requester, helpRequest({ ...RESOLVED, rating: 5, ratingComment: 'Great' }))],
    ['rated, for the champion', helpRequestCardFor(priya, helpRequest({ ...RESOLVED, rating: 5, ratingComment: 'Great' }))],
  ];

  it.each(everyCard)('builds a card Teams renders and screen readers read: %s', (_name, card) => {
    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak.length).toBeGreaterThan(0);
    expect(card.fallbackText.length).toBeGreaterThan(0);
  });
});

describe('buildCategoryConfirmCard', () => {
  it('shows their words and every category, with the suggested one chosen', () => {
    const card = buildCategoryConfirmCard({ question: 'Sharing a file in Teams', suggestion });

    const choices = card.body.find((element) => element.type === 'Input.ChoiceSet');
    expect(choices).toMatchObject({ id: 'categoryKey', value: 'digital-at-work', choices: [{ value: 'communicating' }, { value: 'digital-at-work' }] });
    expect(card.body.find((element) => element.type === 'Input.Text')).toMatchObject({ id: 'question', value: 'Sharing a file in Teams' });
    expect(buttons(card).map((button) => button.title)).toEqual(['Send to a champion', 'Cancel']);
  });

  it('chooses nothing when the words point to no category', () => {
    const card = buildCategoryConfirmCard({ question: 'Something', suggestion: { ...suggestion, suggested: null } });

    expect(card.body.find((element) => element.type === 'Input.ChoiceSet')).not.toHaveProperty('value');
    expect(text(card)).toContain('I couldn’t tell what kind of help this is');
  });
});

describe('requester cards', () => {
  it('offers "Cancel my request" while no champion has it, and refreshes', () => {
    for (const request of [helpRequest(), helpRequest({ offerNumber: 2 }), helpRequest({ status: 'open-to-all', offeredTo: null, offerExpiresAt: null })]) {
      const card = helpRequestCardFor(requester, request, LINKS);
      expect(buttons(card)).toEqual([{ type: 'Action.Execute', title: 'Cancel my request', verb: HELP_REQUEST_VERBS.cancel }]);
      expect(card.refresh?.action.verb).toBe(HELP_REQUEST_VERBS.refresh);
    }
  });

  it('says at each step where the request is', () => {
    expect(text(helpRequestCardFor(requester, helpRequest()))).toContain('I’ve asked a Digital Champion');
    expect(text(helpRequestCardFor(requester, helpRequest({ offerNumber: 2 })))).toContain('passed your request on to another champion');
    expect(text(helpRequestCardFor(requester, helpRequest({ status: 'open-to-all', offeredTo: null, offerExpiresAt: null })))).toContain('champions’ channel');
    expect(text(helpRequestCardFor(requester, helpRequest({ status: 'cancelled', offeredTo: null, offerExpiresAt: null })))).toContain('cancelled');
  });

  it('names the champion and opens a chat with them once claimed, with no cancel', () => {
    const card = helpRequestCardFor(requester, helpRequest(CLAIMED), LINKS);

    expect(text(card)).toContain('Priya Chauhan is helping you');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open a chat with Priya', url: CHAT }]);
  });

  it('asks for a rating from 1 to 5 in words, with an optional comment, once resolved', () => {
    const card = helpRequestCardFor(requester, helpRequest(RESOLVED));

    const rating = card.body.find((element) => element.type === 'Input.ChoiceSet');
    expect(rating).toMatchObject({ id: 'rating' });
    expect(rating && 'choices' in rating ? rating.choices.map((choice) => choice.title).sort() : []).toEqual([
      '1 – not helpful',
      '2 – a little helpful',
      '3 – fairly helpful',
      '4 – helpful',
      '5 – very helpful',
    ]);
    expect(inputIds(card)).toEqual(['rating', 'comment']);
    expect(buttons(card)).toEqual([{ type: 'Action.Execute', title: 'Send', verb: HELP_REQUEST_VERBS.rate }]);
  });

  it('thanks them, with no form, once rated', () => {
    const card = helpRequestCardFor(requester, helpRequest({ ...RESOLVED, rating: 4 }));

    expect(inputIds(card)).toEqual([]);
    expect(text(card)).toContain('4 – helpful');
  });
});

describe('champion cards', () => {
  it('offers Accept and Pass to the champion it is offered to, with the request’s details and a refresh', () => {
    const card = helpRequestCardFor(priya, helpRequest(), LINKS);

    expect(buttons(card)).toEqual([
      { type: 'Action.Execute', title: 'Accept', verb: HELP_REQUEST_VERBS.accept },
      { type: 'Action.Execute', title: 'Pass', verb: HELP_REQUEST_VERBS.pass },
    ]);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: HELP_REQUEST_VERBS.refresh, data: { requestId: REQUEST_ID } } });
    expect(text(card)).toEqual(expect.stringContaining('Sharing a file in Teams'));
    expect(text(card)).toEqual(expect.stringContaining('Civic Centre'));
    expect(text(card)).toEqual(expect.stringContaining('Sam Whitfield'));
    expect(text(card)).toEqual(expect.stringContaining('Guide: Share a file in a Teams chat'));
  });

  it('shows any other champion that the request has moved on', () => {
    const card = helpRequestCardFor(dave, helpRequest(), LINKS);

    expect(buttons(card)).toEqual([]);
    expect(text(card)).toContain('moved on');
  });

  it('lets any champion, and the channel, accept a request open to all', () => {
    const open = helpRequest({ status: 'open-to-all', offeredTo: null, offerExpiresAt: null });

    for (const viewer of [priya, dave, channel]) {
      expect(buttons(helpRequestCardFor(viewer, open, LINKS))).toEqual([{ type: 'Action.Execute', title: 'Accept', verb: HELP_REQUEST_VERBS.accept }]);
    }
  });

  it('gives the claimer a chat link and the resolve form', () => {
    const card = helpRequestCardFor(priya, helpRequest(CLAIMED), LINKS);

    expect(inputIds(card)).toEqual(['note', 'minutesSpent']);
    expect(buttons(card)).toEqual([
      { type: 'Action.OpenUrl', title: 'Open a chat with Sam' },
      { type: 'Action.Execute', title: 'Mark as resolved', verb: HELP_REQUEST_VERBS.resolve },
    ]);
  });

  it('shows everyone else "taken by" the claimer, with no buttons', () => {
    for (const viewer of [dave, channel]) {
      for (const request of [helpRequest(CLAIMED), helpRequest(RESOLVED)]) {
        const card = helpRequestCardFor(viewer, request, LINKS);
        expect(text(card)).toContain('Taken by Priya Chauhan');
        expect(buttons(card)).toEqual([]);
      }
    }
  });

  it('shows the claimer what they logged once resolved', () => {
    const card = helpRequestCardFor(priya, helpRequest({ ...RESOLVED, rating: 5 }));

    expect(text(card)).toContain('20 minutes');
    expect(text(card)).toContain('5 – very helpful');
    expect(buttons(card)).toEqual([]);
  });

  it('tells every champion and the channel when the request is cancelled', () => {
    const cancelled = helpRequest({ status: 'cancelled', offeredTo: null, offerExpiresAt: null });

    for (const viewer of [priya, dave, channel]) {
      const card = helpRequestCardFor(viewer, cancelled);
      expect(text(card)).toContain('Sam Whitfield cancelled this request');
      expect(buttons(card)).toEqual([]);
    }
  });
});

describe('readCardData', () => {
  it('reads minutes and a rating sent as strings, as Teams sends inputs', () => {
    expect(readCardData(ResolveData, { requestId: REQUEST_ID, note: 'Showed how', minutesSpent: '15' })).toMatchObject({
      ok: true,
      data: { minutesSpent: 15 },
    });
    expect(readCardData(RateData, { requestId: REQUEST_ID, rating: '4', comment: '' })).toMatchObject({ ok: true, data: { rating: 4 } });
  });

  it('names each field that is missing or wrong, as the card labels it', () => {
    const result = readCardData(ResolveData, { requestId: REQUEST_ID, note: '', minutesSpent: 'lots' });

    expect(result).toEqual({
      ok: false,
      problems: ['Fill in “What you did (for the support log)”.', '“Minutes spent helping” must be a whole number from 1 to 600.'],
    });
  });

  it('says when the card does not name its request', () => {
    expect(readCardData(RateData, { rating: '3' })).toEqual({ ok: false, problems: ['The card does not say which request it is for.'] });
  });
});
