import { describe, expect, it } from '@jest/globals';
import type { AdaptiveCard } from '../../bot/cards/adaptive-card.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildMatchDeclinedNoticeCard, buildMatchProblemCard, buildYouDeclinedCard } from '../../bot/cards/match-declined-cards.js';
import { buildChampionMatchCard, buildLearnerMatchCard, MATCH_DECLINE } from '../../bot/cards/match-made-cards.js';

const MATCH_ID = 'd0000000-0000-4000-8000-000000000001';
const LINKS = { myChampion: 'https://teams.microsoft.com/l/entity/app/home?context=my-champion' };
const CHAT = 'https://teams.microsoft.com/l/chat/0/0?users=priya.chauhan%40northmere.gov.uk';
const explanation = 'covers 3 of 4 gaps · same building';

const learnerCard = buildLearnerMatchCard({ matchId: MATCH_ID, otherName: 'Priya Chauhan', explanation, chatUrl: CHAT });
const championCard = buildChampionMatchCard({ matchId: MATCH_ID, otherName: 'Sam Whitfield', explanation, chatUrl: CHAT });

const CARDS: Array<[string, AdaptiveCard]> = [
  ['learner’s match', learnerCard],
  ['champion’s match', championCard],
  ['declined by the learner', buildYouDeclinedCard({ otherName: 'Priya Chauhan', side: 'learner', links: LINKS })],
  ['declined by the champion', buildYouDeclinedCard({ otherName: 'Sam Whitfield', side: 'champion' })],
  ['notice to the learner', buildMatchDeclinedNoticeCard({ declinedBy: 'Priya Chauhan', toldSide: 'learner', links: LINKS })],
  ['notice to the champion', buildMatchDeclinedNoticeCard({ declinedBy: 'Sam Whitfield', toldSide: 'champion' })],
  ['problem', buildMatchProblemCard('This match has already been declined or has ended.', LINKS)],
];

describe('match cards', () => {
  it.each(CARDS)('the %s card is one Teams renders and screen readers can read', (_name, card) => {
    expect(findCardProblems(card)).toEqual([]);
    expect(card.fallbackText.length).toBeGreaterThan(0);
  });
});

describe('buildLearnerMatchCard', () => {
  it('names the champion with the explanation, and offers the chat and Decline', () => {
    expect(JSON.stringify(learnerCard.body)).toContain('You have been matched with Priya Chauhan — covers 3 of 4 gaps · same building');
    expect(learnerCard.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open chat', url: CHAT },
      expect.objectContaining({ type: 'Action.Execute', title: 'Decline', verb: MATCH_DECLINE, data: { matchId: MATCH_ID } }),
    ]);
    expect(learnerCard.speak).toContain('covers 3 of 4 gaps');
  });
});

describe('buildChampionMatchCard', () => {
  it('is the mirror: names the learner, with the same chat and Decline', () => {
    expect(JSON.stringify(championCard.body)).toContain('You have been matched with Sam Whitfield — covers 3 of 4 gaps · same building');
    expect(championCard.actions?.map((action) => action.title)).toEqual(['Open chat', 'Decline']);
  });
});

describe('buildMatchDeclinedNoticeCard', () => {
  it('tells a learner they stay on the list for the next run', () => {
    const card = buildMatchDeclinedNoticeCard({ declinedBy: 'Priya Chauhan', toldSide: 'learner' });

    expect(card.speak).toContain('Priya Chauhan cannot be your Digital Champion after all');
    expect(card.speak).toContain('next matching run');
  });
});
