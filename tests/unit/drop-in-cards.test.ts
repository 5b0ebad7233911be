import { describe, expect, it } from '@jest/globals';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildDropInCancelledCard } from '../../bot/cards/drop-in-cancelled-card.js';
import { whenText, type DropInCardSession } from '../../bot/cards/drop-in-card-parts.js';
import { buildDropInRegisteredCard } from '../../bot/cards/drop-in-registered-card.js';
import { buildDropInReminderCard } from '../../bot/cards/drop-in-reminder-card.js';

const TAB = 'https://teams.microsoft.com/l/entity/app/home?context=%7B%22subEntityId%22%3A%22%2Fdrop-ins%22%7D';
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';

// 2 December 2026 is in winter time (GMT); 3 June 2026 in summer time (BST, UTC+1).
const inPerson: DropInCardSession = {
  id: 'b0000000-0000-4000-8000-000000000001',
  title: 'Getting started with Teams',
  startsAt: new Date('2026-12-02T10:00:00Z'),
  endsAt: new Date('2026-12-02T11:30:00Z'),
  format: 'in-person',
  siteName: 'Civic Centre',
  place: 'Room 2.14',
  joinUrl: null,
  hostName: 'Priya Chauhan',
};
const online: DropInCardSession = {
  ...inPerson,
  format: 'online',
  siteName: null,
  place: '',
  joinUrl: JOIN,
  startsAt: new Date('2026-06-03T13:00:00Z'),
  endsAt: new Date('2026-06-03T14:00:00Z'),
};

describe('whenText', () => {
  it('says the day and times in UK time, in winter and in summer', () => {
    expect(whenText(inPerson)).toBe('Wednesday 2 December 2026, 10:00 to 11:30 (UK time)');
    expect(whenText(online)).toBe('Wednesday 3 June 2026, 14:00 to 15:00 (UK time)');
  });
});

describe('buildDropInReminderCard', () => {
  it('reminds an in-person booking where to go, with a link to the tab', () => {
    const card = buildDropInReminderCard({ displayName: 'Sam Whitfield', dropIn: inPerson, tabUrl: TAB });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('Hello Sam');
    expect(card.speak).toContain('Getting started with Teams, Wednesday 2 December 2026, 10:00 to 11:30 (UK time)');
    expect(card.speak).toContain('Come to Room 2.14, Civic Centre.');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'See drop-in sessions', url: TAB }]);
  });

  it('gives an online booking the Teams meeting to join first', () => {
    const card = buildDropInReminderCard({ displayName: 'Sam Whitfield', dropIn: online, tabUrl: TAB });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.actions?.map((action) => action.title)).toEqual(['Join the Teams meeting', 'See drop-in sessions']);
    expect(card.actions?.[0]).toMatchObject({ type: 'Action.OpenUrl', url: JOIN });
  });
});

describe('buildDropInRegisteredCard', () => {
  it('confirms the place and says a reminder will follow', () => {
    const card = buildDropInRegisteredCard({ displayName: 'Sam Whitfield', dropIn: inPerson });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('you have a place at Getting started with Teams');
    expect(card.speak).toContain('We will remind you the day before');
  });
});

describe('buildDropInCancelledCard', () => {
  it('says the session is off, with the reason when one is given', () => {
    const card = buildDropInCancelledCard({ displayName: 'Sam Whitfield', dropIn: online, reason: 'I am unwell', tabUrl: TAB });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).toContain('has been cancelled');
    expect(card.speak).toContain('The reason given: I am unwell');
    // Nobody should join a meeting for a session that is off.
    expect(card.actions?.map((action) => action.title)).toEqual(['See drop-in sessions']);
  });

  it('leaves the reason out when none was given', () => {
    const card = buildDropInCancelledCard({ displayName: 'Sam Whitfield', dropIn: inPerson, reason: ' ' });

    expect(findCardProblems(card)).toEqual([]);
    expect(card.speak).not.toContain('The reason given');
  });
});
