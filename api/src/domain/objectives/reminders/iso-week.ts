const DAY_MS = 86_400_000;

/**
 * The ISO week a 'YYYY-MM-DD' date falls in, e.g. '2026-W47': the period a weekly reminder
 * counts once in. Weeks start on Monday and belong to the year their Thursday is in, so
 * 1 January can be in the last week of the year before.
 */
export function isoWeekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
