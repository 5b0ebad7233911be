/** Small pieces of wording the audit cards share, so the bot says things one way. */

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "Thursday 31 December 2026" (the GOV.UK style, whatever punctuation the runtime's locale
 * data adds), from a 'YYYY-MM-DD' calendar date or an ISO timestamp's date.
 */
export function longDate(isoDate: string): string {
  const parts = LONG_DATE.formatToParts(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** About a quarter of a minute a statement, rounded up to five minutes, and never less than five. */
export function minutesToTake(statements: number): number {
  return Math.max(5, Math.ceil(statements / 4 / 5) * 5);
}

export const WHO_SEES_YOUR_ANSWERS =
  'You and HR can see your answers. Your line manager sees whether you have finished, and your levels only if the council allows it.';
