import { addDays } from '../../audit/campaign-window.js';

/**
 * An appraisal year's dates follow from the calendar year it starts in and the council's
 * start month: with April, 2026 runs from 1 April 2026 to 31 March 2027 and is called
 * "2026/27"; with January it is the calendar year and is called "2026".
 */
export interface AppraisalYearDates {
  label: string;
  startsOn: string;
  endsOn: string;
  /** The default agree-by date: the last day of the year's third month. */
  agreeBy: string;
}

function firstOfMonth(year: number, month: number): string {
  // month may run past 12: carry it into the next year.
  const carried = year + Math.floor((month - 1) / 12);
  const inYear = ((month - 1) % 12) + 1;
  return `${String(carried).padStart(4, '0')}-${String(inYear).padStart(2, '0')}-01`;
}

export function appraisalYearDates(startYear: number, startMonth: number): AppraisalYearDates {
  const startsOn = firstOfMonth(startYear, startMonth);
  const endsOn = addDays(firstOfMonth(startYear + 1, startMonth), -1);
  const agreeBy = addDays(firstOfMonth(startYear, startMonth + 3), -1);
  const label = startMonth === 1 ? String(startYear) : `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  return { label, startsOn, endsOn, agreeBy };
}

/** Whether a 'YYYY-MM-DD' date falls within the year, both ends included. */
export function isWithinYear(date: string, year: { startsOn: string; endsOn: string }): boolean {
  return year.startsOn <= date && date <= year.endsOn;
}

/** "1 April 2026", as people in the UK write a date. */
export function ukDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
