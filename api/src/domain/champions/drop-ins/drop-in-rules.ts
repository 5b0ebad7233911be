import { MAX_DROP_IN_HOURS, type DropInFormat } from '../../../contracts/drop-ins.js';
import type { FieldError } from '../../shared/app-error.js';

/** The rules of drop-in sessions, as pure functions: times, places, and who can book. */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A session is planned at most this far ahead, so a mistyped year is caught. */
export const MAX_DAYS_AHEAD = 366;

/** Reminders go to people whose session starts within this long. */
export const REMINDER_LEAD_MS = DAY_MS;

export function timeErrors(times: { startsAt: Date; endsAt: Date }, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (times.startsAt <= now) errors.push({ field: 'body.startsAt', message: 'must be in the future' });
  else if (times.startsAt.getTime() - now.getTime() > MAX_DAYS_AHEAD * DAY_MS) {
    errors.push({ field: 'body.startsAt', message: 'must be within the next year' });
  }
  const length = times.endsAt.getTime() - times.startsAt.getTime();
  if (length <= 0) errors.push({ field: 'body.endsAt', message: 'must be after the start time' });
  else if (length > MAX_DROP_IN_HOURS * HOUR_MS) {
    errors.push({ field: 'body.endsAt', message: `must be no more than ${MAX_DROP_IN_HOURS} hours after the start time` });
  }
  return errors;
}

export function placeErrors(input: { format: DropInFormat; siteId: string | null; place: string }): FieldError[] {
  if (input.format !== 'in-person') return [];
  const errors: FieldError[] = [];
  if (input.siteId === null) errors.push({ field: 'body.siteId', message: 'is required for an in-person session: choose the building' });
  if (input.place.trim() === '') errors.push({ field: 'body.place', message: 'is required for an in-person session: say which room or desk' });
  return errors;
}

/** Online sessions always have a Teams meeting; in-person ones when the host asks for one too. */
export function needsOnlineMeeting(input: { format: DropInFormat; alsoOnline: boolean }): boolean {
  return input.format === 'online' || input.alsoOnline;
}

export function placesLeft(capacity: number, registered: number): number {
  return Math.max(0, capacity - registered);
}

export type RegistrationRefusal = 'cancelled' | 'started' | 'already-registered' | 'full';

export interface RegistrationState {
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  capacity: number;
  /** Places taken now, not counting cancelled ones. */
  activeRegistrations: number;
  alreadyRegistered: boolean;
}

/** Why a person cannot book a place now, or null when they can. Judged under a lock on the session. */
export function registrationRefusal(state: RegistrationState, now: Date): RegistrationRefusal | null {
  if (state.status === 'cancelled') return 'cancelled';
  if (state.startsAt <= now) return 'started';
  if (state.alreadyRegistered) return 'already-registered';
  if (state.activeRegistrations >= state.capacity) return 'full';
  return null;
}

export const REGISTRATION_REFUSALS: Record<RegistrationRefusal, string> = {
  cancelled: 'This drop-in session has been cancelled.',
  started: 'This drop-in session has already started, so places can no longer be booked.',
  'already-registered': 'You already have a place at this drop-in session.',
  full: 'This drop-in session is full. Look for another session, or ask a champion for help.',
};

/** The window a reminder run covers: sessions starting after now and within the next day. */
export function reminderWindow(now: Date): { from: Date; to: Date } {
  return { from: now, to: new Date(now.getTime() + REMINDER_LEAD_MS) };
}
