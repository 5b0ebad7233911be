import { londonDate } from './working-hours.js';

const DAY_MS = 86_400_000;

/**
 * The ISO week a day falls in, e.g. '2026-W47': the period a weekly reminder counts once
 * in. A 'YYYY-MM-DD' string is taken as that council date; an instant as the day it is
 * in the UK then. Weeks start on Monday and belong to the year their Thursday is in, so
 * 1 January can be in the last week of the year before, and 29 December in the next.
 */
export function isoWeekOf(day: string | Date): string {
  const date = new Date(`${typeof day === 'string' ? day : londonDate(day)}T00:00:00Z`);
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
