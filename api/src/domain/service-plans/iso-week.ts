import { londonDate } from '../shared/working-hours.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The ISO week it is in the UK at that instant, as `2026-W46`: weeks start on Monday, and
 * week 1 is the one with the year's first Thursday (so 29 December can be in next year's).
 */
export function isoWeekOf(at: Date): string {
  const [year, month, day] = londonDate(at).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  // The Thursday of the same week decides which year the week belongs to.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
