/**
 * Bank holidays in England and Wales, by the rules of the Banking and Financial Dealings
 * Act 1971 and the usual substitute days. Days added by proclamation for one year only (a
 * coronation, a jubilee) or moved for one year (the early May holiday in 2020) do not follow
 * a rule, so they are not known here.
 */

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function isWeekend(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6;
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** 'YYYY-MM-DD' of a calendar date. */
function asIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

/** The first Monday on or after the date. */
function mondayOnOrAfter(date: Date): Date {
  return plusDays(date, (8 - date.getUTCDay()) % 7);
}

/** The last Monday of the month. */
function lastMondayOf(year: number, month: number): Date {
  const lastDay = utcDate(year, month + 1, 0);
  return plusDays(lastDay, -((lastDay.getUTCDay() + 6) % 7));
}

/**
 * Fixed-date holidays that fall at a weekend move to the next weekday that is not already
 * a holiday: Christmas on a Saturday gives Monday 27th, and Boxing Day on the Sunday after
 * it gives Tuesday 28th.
 */
function addWithSubstitutes(dates: Date[], taken: Set<string>): void {
  for (const date of dates) {
    let observed = date;
    while (isWeekend(observed) || taken.has(asIso(observed))) observed = plusDays(observed, 1);
    taken.add(asIso(observed));
  }
}

const byYear = new Map<number, ReadonlySet<string>>();

/** The bank holidays of one year, as 'YYYY-MM-DD'. */
export function bankHolidaysOf(year: number): ReadonlySet<string> {
  const known = byYear.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const movable = [
    plusDays(easter, -2), // Good Friday
    plusDays(easter, 1), // Easter Monday
    mondayOnOrAfter(utcDate(year, 5, 1)), // early May
    lastMondayOf(year, 5), // spring
    lastMondayOf(year, 8), // summer
  ].map(asIso);
  const taken = new Set(movable);
  addWithSubstitutes([utcDate(year, 1, 1)], taken);
  addWithSubstitutes([utcDate(year, 12, 25), utcDate(year, 12, 26)], taken);
  byYear.set(year, taken);
  return taken;
}

export function isBankHoliday(year: number, month: number, day: number): boolean {
  return bankHolidaysOf(year).has(asIso(utcDate(year, month, day)));
}
