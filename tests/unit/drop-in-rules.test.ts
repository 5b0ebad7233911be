import { describe, expect, it } from '@jest/globals';
import {
  needsOnlineMeeting,
  placeErrors,
  placesLeft,
  registrationRefusal,
  reminderWindow,
  timeErrors,
  type RegistrationState,
} from '../../api/src/domain/champions/drop-ins/drop-in-rules.js';

const NOW = new Date('2026-11-10T09:00:00Z');
const at = (iso: string) => new Date(iso);
const fields = (errors: Array<{ field: string }>) => errors.map((error) => error.field);

describe('timeErrors', () => {
  it('accepts a session tomorrow that lasts an hour', () => {
    expect(timeErrors({ startsAt: at('2026-11-11T10:00:00Z'), endsAt: at('2026-11-11T11:00:00Z') }, NOW)).toEqual([]);
  });

  it('refuses a start that is now or has passed, naming startsAt', () => {
    expect(timeErrors({ startsAt: NOW, endsAt: at('2026-11-10T10:00:00Z') }, NOW)).toEqual([{ field: 'body.startsAt', message: 'must be in the future' }]);
    expect(fields(timeErrors({ startsAt: at('2026-11-09T10:00:00Z'), endsAt: at('2026-11-09T11:00:00Z') }, NOW))).toEqual(['body.startsAt']);
  });

  it('refuses a start more than a year ahead, which is usually a mistyped year', () => {
    expect(timeErrors({ startsAt: at('2027-12-01T10:00:00Z'), endsAt: at('2027-12-01T11:00:00Z') }, NOW)).toEqual([
      { field: 'body.startsAt', message: 'must be within the next year' },
    ]);
  });

  it('refuses an end at or before the start, naming endsAt', () => {
    expect(timeErrors({ startsAt: at('2026-11-11T10:00:00Z'), endsAt: at('2026-11-11T10:00:00Z') }, NOW)).toEqual([
      { field: 'body.endsAt', message: 'must be after the start time' },
    ]);
    expect(fields(timeErrors({ startsAt: at('2026-11-11T10:00:00Z'), endsAt: at('2026-11-11T09:00:00Z') }, NOW))).toEqual(['body.endsAt']);
  });

  it('allows exactly 8 hours and refuses a minute more', () => {
    expect(timeErrors({ startsAt: at('2026-11-11T09:00:00Z'), endsAt: at('2026-11-11T17:00:00Z') }, NOW)).toEqual([]);
    expect(timeErrors({ startsAt: at('2026-11-11T09:00:00Z'), endsAt: at('2026-11-11T17:01:00Z') }, NOW)).toEqual([
      { field: 'body.endsAt', message: 'must be no more than 8 hours after the start time' },
    ]);
  });

  it('reports a past start and a wrong end together', () => {
    expect(fields(timeErrors({ startsAt: at('2026-11-09T10:00:00Z'), endsAt: at('2026-11-09T09:00:00Z') }, NOW))).toEqual(['body.startsAt', 'body.endsAt']);
  });
});

describe('placeErrors', () => {
  it('needs the building and the room for an in-person session', () => {
    expect(fields(placeErrors({ format: 'in-person', siteId: null, place: '  ' }))).toEqual(['body.siteId', 'body.place']);
    expect(placeErrors({ format: 'in-person', siteId: 'a0000000-0000-4000-8000-000000000001', place: 'Room 2' })).toEqual([]);
  });

  it('needs neither for an online session', () => {
    expect(placeErrors({ format: 'online', siteId: null, place: '' })).toEqual([]);
  });
});

describe('needsOnlineMeeting', () => {
  it('is true for online sessions and for in-person ones also online', () => {
    expect(needsOnlineMeeting({ format: 'online', alsoOnline: false })).toBe(true);
    expect(needsOnlineMeeting({ format: 'in-person', alsoOnline: true })).toBe(true);
    expect(needsOnlineMeeting({ format: 'in-person', alsoOnline: false })).toBe(false);
  });
});

describe('registrationRefusal', () => {
  const open: RegistrationState = { status: 'scheduled', startsAt: at('2026-11-11T10:00:00Z'), capacity: 5, activeRegistrations: 4, alreadyRegistered: false };

  it('lets someone take the last place', () => {
    expect(registrationRefusal(open, NOW)).toBeNull();
  });

  it('refuses when every place is taken', () => {
    expect(registrationRefusal({ ...open, activeRegistrations: 5 }, NOW)).toBe('full');
  });

  it('refuses someone who already has a place, before saying it is full', () => {
    expect(registrationRefusal({ ...open, activeRegistrations: 5, alreadyRegistered: true }, NOW)).toBe('already-registered');
  });

  it('refuses once the session has started', () => {
    expect(registrationRefusal({ ...open, startsAt: NOW }, NOW)).toBe('started');
  });

  it('refuses a cancelled session whatever else holds', () => {
    expect(registrationRefusal({ ...open, status: 'cancelled', startsAt: at('2026-11-01T10:00:00Z'), activeRegistrations: 9 }, NOW)).toBe('cancelled');
  });
});

describe('placesLeft', () => {
  it('is capacity less the places taken, never below nought', () => {
    expect(placesLeft(5, 2)).toBe(3);
    expect(placesLeft(5, 5)).toBe(0);
    // Never a negative number, even with more bookings than places.
    expect(placesLeft(5, 6)).toBe(0);
  });
});

describe('reminderWindow', () => {
  it('covers the next 24 hours from now', () => {
    expect(reminderWindow(NOW)).toEqual({ from: NOW, to: at('2026-11-11T09:00:00Z') });
  });
});
