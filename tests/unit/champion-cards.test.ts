import { describe, expect, it } from '@jest/globals';
import type { AdaptiveCard } from '../../bot/cards/adaptive-card.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import {
  buildChampionProblemCard,
  buildInvitationAcceptedCard,
  buildInvitationDeclinedCard,
  buildVolunteeredCard,
} from '../../bot/cards/champion-answer-cards.js';
import {
  buildChampionInvitationCard,
  CHAMPION_INVITATION_ACCEPT,
  CHAMPION_INVITATION_DECLINE,
} from '../../bot/cards/champion-invitation-card.js';
import { buildChampionNoticeCard, type NoticeMove } from '../../bot/cards/champion-notice-card.js';

const LINKS = { champions: 'https://teams.microsoft.com/l/entity/app/home?a=1', profile: 'https://teams.microsoft.com/l/entity/app/home?a=2' };
const PERSON_ID = 'c0000000-0000-4000-8000-000000000001';

const invitation = (note: string | null) =>
  buildChampionInvitationCard({ personId: PERSON_ID, displayName: 'Priya Chauhan', invitedBy: 'Tom Nguyen', note, aboutUrl: LINKS.champions });

const NOTICE_MOVES: NoticeMove[] = ['approve', 'decline', 'pause', 'resume', 'step-down'];

const CARDS: Array<[string, AdaptiveCard]> = [
  ['invitation', invitation('You would be great')],
  ['invitation without a note or link', buildChampionInvitationCard({ personId: PERSON_ID, displayName: 'Priya Chauhan', invitedBy: 'Tom Nguyen', note: null })],
  ['accepted', buildInvitationAcceptedCard(LINKS)],
  ['declined', buildInvitationDeclinedCard()],
  ['volunteered', buildVolunteeredCard(LINKS)],
  ['problem', buildChampionProblemCard('You are already an active Digital Champion.', LINKS)],
  ...NOTICE_MOVES.map((move): [string, AdaptiveCard] => [`notice of ${move}`, buildChampionNoticeCard({ move, by: 'Tom Nguyen', note: 'A note', links: LINKS })]),
];

describe('champion cards', () => {
  it.each(CARDS)('the %s card is one Teams renders and screen readers can read', (_name, card) => {
    expect(findCardProblems(card)).toEqual([]);
    expect(card.fallbackText.length).toBeGreaterThan(0);
  });
});

describe('buildChampionInvitationCard', () => {
  it('answers in place with Accept and No thanks, which only work for the invited person', () => {
    const actions = invitation(null).actions ?? [];

    expect(actions.slice(0, 2)).toEqual([
      expect.objectContaining({ type: 'Action.Execute', title: 'Accept', verb: CHAMPION_INVITATION_ACCEPT, data: { personId: PERSON_ID } }),
      expect.objectContaining({ type: 'Action.Execute', title: 'No thanks', verb: CHAMPION_INVITATION_DECLINE, data: { personId: PERSON_ID } }),
    ]);
  });

  it('greets the person by first name, says who invited them and reads out the note', () => {
    const card = invitation('You would be great');

    expect(JSON.stringify(card.body)).toContain('Hello Priya, Tom Nguyen from the digital team has invited you');
    expect(card.speak).toContain('Tom Nguyen wrote: You would be great');
  });
});
