import { isBankHoliday } from './bank-holidays.js';

/**
 * The council's working hours: Monday to Friday except bank holidays (England and Wales),
 * 09:00 to 17:00 UK time (GMT in winter, BST in summer). Help-request offers and reminders
 * run on this clock, so a request asked late on Friday is not passed on over the weekend, or
 * over a bank holiday, while nobody is at work.
 */
export const WORKING_TIME_ZONE = 'Europe/London';
export const WORKING_DAY_START_HOUR = 9;
export const WORKING_DAY_END_HOUR = 17;

const HOUR_MS = 3_600_000;

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: WORKING_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function londonTime(at: Date): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of LONDON_PARTS.formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Milliseconds London is ahead of UTC at that instant (0 in winter, one hour in summer). */
function londonOffsetMs(at: Date): number {
  const local = londonTime(at);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant of a London wall-clock time. Working hours never fall in the hour the clocks
 * skip or repeat (01:00–02:00), so one correction by the offset is exact.
 */
function londonInstant(year: number, month: number, day: number, hour: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  return new Date(guess - londonOffsetMs(new Date(guess)));
}

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
function isoWeekdayOf(year: number, month: number, day: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The ISO weekday it is in the UK at that instant (1 = Monday). */
export function londonWeekday(at: Date): number {
  const local = londonTime(at);
  return isoWeekdayOf(local.year, local.month, local.day);
}

/** The UK calendar date at that instant, as 'YYYY-MM-DD'. */
export function londonDate(at: Date): string {
  const local = londonTime(at);
  return `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
}

function isWorkingDay(year: number, month: number, day: number): boolean {
  return isoWeekdayOf(year, month, day) <= 5 && !isBankHoliday(year, month, day);
}

/** 09:00 UK time on the first working day after the given date. */
function nextWorkingDayStart(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  do date.setUTCDate(date.getUTCDate() + 1);
  while (!isWorkingDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
  return londonInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), WORKING_DAY_START_HOUR);
}

/** Whether the instant falls inside working hours. */
export function isWorkingTime(at: Date): boolean {
  const local = londonTime(at);
  return isWorkingDay(local.year, local.month, local.day) && local.hour >= WORKING_DAY_START_HOUR && local.hour < WORKING_DAY_END_HOUR;
}

/**
 * The instant `hours` working hours after `start`. Time outside working hours does not
 * count: 4 working hours from Friday 15:00 is Monday 11:00, and from Saturday noon it is
 * Monday 13:00.
 */
export function addWorkingHours(start: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`working hours must be a non-negative number, not ${hours}`);
  let remaining = Math.round(hours * HOUR_MS);
  let cursor = start;
  if (remaining === 0) return new Date(cursor);
  for (;;) {
    const local = londonTime(cursor);
    const dayStart = londonInstant(local.year, local.month, local.day, WORKING_DAY_START_HOUR);
    const dayEnd = londonInstant(local.year, local.month, local.day, WORKING_DAY_END_HOUR);
    if (!isWorkingDay(local.year, local.month, local.day) || cursor.getTime() >= dayEnd.getTime()) {
      cursor = nextWorkingDayStart(local.year, local.month, local.day);
      continue;
    }
    if (cursor.getTime() < dayStart.getTime()) cursor = dayStart;
    const available = dayEnd.getTime() - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = nextWorkingDayStart(local.year, local.month, local.day);
  }
}
