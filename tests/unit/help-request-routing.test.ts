import { describe, expect, it } from '@jest/globals';
import type { PooledChampion } from '../../api/src/domain/champions/champion-pool.js';
import { chooseChampion, specialismMatches, wordsOf, type RoutingRequest } from '../../api/src/domain/champions/help-requests/route-help-request.js';
import type { StrengthLevel } from '../../api/src/domain/champions/skill-profile.js';

/** Tuesday 17 November 2026, 10:00 in the UK. */
const TUESDAY = new Date('2026-11-17T10:00:00Z');
const REQUESTER = '00000000-0000-4000-8000-000000000001';
const CIVIC_CENTRE = 'site-civic-centre';
const DEPOT = 'site-depot';

let counter = 0;
function champion(overrides: Partial<Omit<PooledChampion, 'strengths'>> & { strengths?: Record<string, StrengthLevel> } = {}): PooledChampion {
  counter += 1;
  const { strengths, ...rest } = overrides;
  return {
    personId: `champion-${String(counter).padStart(3, '0')}`,
    displayName: `Champion ${counter}`,
    email: `champion${counter}@example.gov.uk`,
    siteId: null,
    serviceId: null,
    workingDays: [1, 2, 3, 4, 5],
    capacity: 3,
    load: 0,
    specialisms: [],
    ...rest,
    strengths: new Map(Object.entries(strengths ?? {})),
  };
}

function request(overrides: Partial<RoutingRequest> = {}): RoutingRequest {
  return {
    requesterId: REQUESTER,
    requesterSiteId: CIVIC_CENTRE,
    categoryKey: 'digital-at-work',
    question: 'How do I add up a column in Excel?',
    alreadyOffered: new Set(),
    ...overrides,
  };
}

const chosen = (pool: PooledChampion[], overrides: Partial<RoutingRequest> = {}, at = TUESDAY) => chooseChampion(pool, request(overrides), at)?.champion.personId;

describe('chooseChampion', () => {
  it('prefers a champion confident in the category over one who is only capable, and capable over neither', () => {
    const none = champion();
    const capable = champion({ strengths: { 'digital-at-work': 'capable' } });
    const confident = champion({ strengths: { 'digital-at-work': 'confident' } });
    expect(chosen([none, capable, confident])).toBe(confident.personId);
    expect(chosen([none, capable])).toBe(capable.personId);
  });

  it('ignores strengths in other categories', () => {
    const elsewhere = champion({ strengths: { 'safe-and-legal': 'confident' }, load: 2 });
    const here = champion({ strengths: { 'digital-at-work': 'capable' }, load: 2 });
    expect(chosen([elsewhere, here])).toBe(here.personId);
  });

  it('prefers a champion at the requester’s site when strengths are equal', () => {
    const depot = champion({ siteId: DEPOT, strengths: { 'digital-at-work': 'confident' } });
    const civic = champion({ siteId: CIVIC_CENTRE, strengths: { 'digital-at-work': 'confident' } });
    expect(chosen([depot, civic])).toBe(civic.personId);
  });

  it('gives nobody a site bonus when the requester has no site', () => {
    const first = champion({ siteId: null, strengths: { 'digital-at-work': 'confident' } });
    const second = champion({ siteId: null, strengths: { 'digital-at-work': 'confident' } });
    expect(chosen([second, first], { requesterSiteId: null })).toBe(first.personId);
  });

  it('adds a little for a declared specialism named in the question', () => {
    const plain = champion({ strengths: { 'digital-at-work': 'confident' } });
    const excel = champion({ strengths: { 'digital-at-work': 'confident' }, specialisms: ['Excel'] });
    expect(chosen([plain, excel])).toBe(excel.personId);
  });

  it('does not let a specialism outweigh real strength in the category', () => {
    const specialistOnly = champion({ specialisms: ['Excel', 'spreadsheets', 'columns'] });
    const strong = champion({ strengths: { 'digital-at-work': 'capable' } });
    expect(chosen([specialistOnly, strong])).toBe(strong.personId);
  });

  it('prefers the champion with more capacity to spare when all else is equal', () => {
    const busy = champion({ strengths: { 'digital-at-work': 'confident' }, load: 2, capacity: 3 });
    const free = champion({ strengths: { 'digital-at-work': 'confident' }, load: 1, capacity: 3 });
    expect(chosen([busy, free])).toBe(free.personId);
  });

  it('never offers a request to a champion at capacity', () => {
    const full = champion({ strengths: { 'digital-at-work': 'confident' }, load: 3, capacity: 3 });
    const over = champion({ strengths: { 'digital-at-work': 'confident' }, load: 5, capacity: 3 });
    expect(chosen([full, over])).toBeUndefined();
  });

  it('never offers a request to the person who asked it', () => {
    const self = champion({ personId: REQUESTER, strengths: { 'digital-at-work': 'confident' } });
    const other = champion();
    expect(chosen([self, other])).toBe(other.personId);
  });

  it('never offers a request twice to the same champion', () => {
    const first = champion({ strengths: { 'digital-at-work': 'confident' } });
    const second = champion({ strengths: { 'digital-at-work': 'capable' } });
    expect(chosen([first, second], { alreadyOffered: new Set([first.personId]) })).toBe(second.personId);
    expect(chosen([first, second], { alreadyOffered: new Set([first.personId, second.personId]) })).toBeUndefined();
  });

  it('skips champions who do not work today while someone who does is free', () => {
    const dayOff = champion({ workingDays: [1, 3, 5], strengths: { 'digital-at-work': 'confident' }, siteId: CIVIC_CENTRE });
    const working = champion({ workingDays: [2], strengths: {} });
    expect(chosen([dayOff, working])).toBe(working.personId);
  });

  it('asks a champion on a day off when nobody working today can take it', () => {
    const dayOff = champion({ workingDays: [1, 3, 5], strengths: { 'digital-at-work': 'capable' } });
    const workingButFull = champion({ workingDays: [2], load: 3, capacity: 3 });
    expect(chosen([dayOff, workingButFull])).toBe(dayOff.personId);
  });

  it('reads the working day in UK time (Sunday 23:30 UTC in summer is Monday)', () => {
    const monday = champion({ workingDays: [1] });
    const sunday = champion({ workingDays: [7], strengths: { 'digital-at-work': 'confident' } });
    expect(chosen([monday, sunday], {}, new Date('2026-07-12T23:30:00Z'))).toBe(monday.personId);
  });

  it('breaks an exact tie the same way whatever the order of the pool', () => {
    const pool = [champion(), champion(), champion()];
    const forwards = chosen(pool);
    expect(chosen([...pool].reverse())).toBe(forwards);
    expect(forwards).toBe([...pool].map((c) => c.personId).sort()[0]);
  });

  it('returns undefined for an empty pool', () => {
    expect(chosen([])).toBeUndefined();
  });
});

describe('specialismMatches', () => {
  it('matches when every meaningful word of the specialism is in the question, plurals included', () => {
    const words = new Set(wordsOf('My screen reader keeps stopping'));
    expect(specialismMatches('screen readers', words)).toBe(true);
    expect(specialismMatches('the council’s case system', new Set(wordsOf('the case system is stuck')))).toBe(true);
    expect(specialismMatches('Power BI', words)).toBe(false);
  });
});
