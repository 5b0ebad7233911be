import { LEVELS, type Level } from '../../../../api/src/contracts/skills-audit';

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });

/** A calendar date (2026-12-31) as people say it: Thursday 31 December 2026. */
export function formatCalendarDate(isoDate: string): string {
  // Midday UTC is the same calendar day in London whatever the season.
  return longDate.format(new Date(`${isoDate}T12:00:00Z`));
}

/** A moment (an ISO date-time) as the day it fell on in the council's time zone: 21 Nov 2026. */
export function formatDay(isoDateTime: string): string {
  return shortDate.format(new Date(isoDateTime));
}

/** 0 for Not yet up to 3 for Confident: the order levels are drawn and compared in. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourText = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? hourText : `${hourText} ${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
}
