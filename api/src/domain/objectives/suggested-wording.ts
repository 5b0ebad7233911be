import { addDays, councilDate } from '../audit/campaign-window.js';
import { ukDate } from './appraisal-years/appraisal-year-dates.js';

/**
 * Plain-English wording for an objective made from an audit statement, which the person can
 * change before proposing it. Statements are written as tasks ("Use a search engine to …"),
 * so they read on after "Learn to" and "I can".
 */

const TITLE_MAX = 200;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function suggestedWording(statementText: string, reason: 'gap' | 'decay', targetDate: string): { title: string; successMeasure: string } {
  const task = lowerFirst(statementText.trim().replace(/[.]+$/, ''));
  const by = ukDate(targetDate);
  return reason === 'gap'
    ? { title: clip(`Learn to ${task}`, TITLE_MAX), successMeasure: `I can ${task} without help, and have done it at work by ${by}.` }
    : { title: clip(`Get back into practice: ${task}`, TITLE_MAX), successMeasure: `I can ${task} with confidence again, and have done it at work by ${by}.` };
}

/** Six months ahead, or the end of the year if that comes first (the end, too, for a year that has not begun). */
export function suggestedTargetDate(now: Date, year: { startsOn: string; endsOn: string }): string {
  const today = councilDate(now);
  const at = new Date(`${today}T12:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + 6);
  // 31 August + 6 months lands in early March: keep to the end of February instead.
  const sixMonths = at.getUTCDate() === Number(today.slice(8, 10)) ? at.toISOString().slice(0, 10) : addDays(`${at.toISOString().slice(0, 8)}01`, -1);
  return year.startsOn <= sixMonths && sixMonths < year.endsOn ? sixMonths : year.endsOn;
}
