import { addDays, councilDate } from '../domain/audit/campaign-window.js';

/** Moments for demo data, always relative to the clock the server was started with. */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function ago(now: Date, days: number, hours = 0): Date {
  return new Date(now.getTime() - days * DAY_MS - hours * HOUR_MS);
}

export function later(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * HOUR_MS);
}

/** The first Monday-to-Friday date at least `days` after today, in the UK. */
export function weekdayFrom(now: Date, days: number): string {
  let date = addDays(councilDate(now), days);
  while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = addDays(date, 1);
  return date;
}

/** A UK wall-clock time on a date: GMT in winter, BST in summer. */
export function ukTime(date: string, hour: number, minute = 0): Date {
  const guess = new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(guess);
  return new Date(guess.getTime() - (Number(shown) - hour) * HOUR_MS);
}
