import { DEFAULT_OBJECTIVE_SETTINGS } from '../contracts/objectives.js';
import type { ObjectiveOutcomeColumn, ObjectiveStatusColumn } from '../db/schema.js';
import { addDays } from '../domain/audit/campaign-window.js';
import type { ObjectiveStory } from './demo-objective-story.js';
import { AGREE_COMMENTS, OUTCOME_COMMENTS, RETURN_COMMENTS, WITHDRAW_COMMENTS } from './demo-objective-texts.js';
import { demoPick, demoUnit } from './demo-objective-world.js';
import { ago, ukTime } from './demo-time.js';

/**
 * When things happened to the demo objectives. This year's are counted back from today,
 * squeezed when the year is young so most of it happens since the year began; an overdue
 * check-in is always older than the check-in interval. Last year's happen within last year.
 */

export interface DemoYearDates {
  id: string;
  startsOn: string;
  endsOn: string;
}

export interface DemoCalendar {
  now: Date;
  today: string;
  current: DemoYearDates;
  previous: DemoYearDates;
}

export interface CurrentStoryOptions {
  overdue?: boolean;
  /** For proposed and returned: how long ago; for agreed: when it was agreed. */
  daysAgo?: number;
  checkIns?: number;
  lastCheckInDaysAgo?: number;
}

/** Past this, a check-in is overdue: the default interval and a week. */
const OVERDUE_DAYS = DEFAULT_OBJECTIVE_SETTINGS.checkInEveryDays + 7;
const DAY_MS = 86_400_000;

function jitters(salt: string): [number, number, number, number] {
  return [1, 2, 3, 4].map((n) => demoUnit(`${salt}:${n}`)) as [number, number, number, number];
}

function dayScale(calendar: DemoCalendar): (days: number) => number {
  const elapsed = (Date.parse(calendar.today) - Date.parse(calendar.current.startsOn)) / DAY_MS;
  const scale = Math.min(1, Math.max(0.3, (elapsed + 30) / 260));
  return (days) => (days <= 30 ? days : 30 + (days - 30) * scale);
}

function checkInsBetween(agreed: number, last: number, count: number, finalProgress: number, salt: string) {
  return Array.from({ length: count }, (_, index) => ({
    daysAgo: agreed - ((agreed - last) * (index + 1)) / count,
    progress: Math.round((finalProgress * (index + 1)) / count),
    byManager: demoUnit(`by-manager:${salt}:${index}`) < 0.2,
  }));
}

/**
 * The same day, squeezed into 08:00–16:00 UTC (office hours in the UK, winter or summer).
 * Keeps the order of moments, and everything at least a day old stays in the past.
 */
function inWorkingHours(moment: Date): Date {
  const dayStart = Math.floor(moment.getTime() / DAY_MS) * DAY_MS;
  return new Date(dayStart + 8 * 3_600_000 + ((moment.getTime() - dayStart) / DAY_MS) * 8 * 3_600_000);
}

/** This year's story for an objective that has reached `status`. */
export function currentStory(status: ObjectiveStatusColumn, salt: string, calendar: DemoCalendar, options: CurrentStoryOptions = {}): ObjectiveStory {
  const [j1, j2, j3, j4] = jitters(salt);
  const hour = Math.floor(j4 * 6);
  const raw = (days: number) => inWorkingHours(ago(calendar.now, days, hour));
  const squeeze = dayScale(calendar);
  const scaled = (days: number) => raw(squeeze(days));
  const returnComment = demoPick(RETURN_COMMENTS, `return:${salt}`);
  const agreeComment = demoPick(AGREE_COMMENTS, `agree:${salt}`);
  switch (status) {
    case 'draft':
      return { created: scaled(2 + 20 * j1) };
    case 'proposed': {
      const proposed = options.daysAgo ?? 1 + 25 * j1;
      return { created: scaled(proposed + 2 + 6 * j2), proposed: scaled(proposed) };
    }
    case 'returned': {
      const returned = options.daysAgo ?? 2 + 30 * j1;
      return { created: scaled(returned + 8 + 5 * j3), proposed: scaled(returned + 3 + 4 * j2), returned: { at: scaled(returned), comment: returnComment } };
    }
    case 'withdrawn': {
      const withdrawn = 8 + 50 * j1;
      const comment = demoPick(WITHDRAW_COMMENTS, `withdraw:${salt}`);
      return { created: scaled(withdrawn + 10 + 20 * j2), ...(j3 < 0.5 ? { proposed: scaled(withdrawn + 4) } : {}), withdrawn: { at: scaled(withdrawn), comment } };
    }
    case 'agreed': {
      const at = options.overdue ? raw : scaled;
      const agreed = options.daysAgo ?? (options.overdue ? OVERDUE_DAYS + 5 + 40 * j1 : 8 + 70 * j1);
      // Now and then a manager sent it back once before agreeing it.
      const bounced = j2 < 0.2 ? { returned: { at: at(agreed + 4), comment: returnComment }, reproposed: at(agreed + 2) } : {};
      return { created: at(agreed + 14 + 10 * j3), proposed: at(agreed + 8), ...bounced, agreed: { at: at(agreed), comment: agreeComment } };
    }
    case 'in-progress': {
      const at = options.overdue ? raw : scaled;
      const last = options.lastCheckInDaysAgo ?? (options.overdue ? OVERDUE_DAYS + 5 + 30 * j1 : 4 + 60 * j1);
      const agreed = last + 30 + 60 * j3;
      const count = options.checkIns ?? 1 + Math.floor(j2 * 3);
      const checkIns = checkInsBetween(agreed, last, count, 35 + Math.round(45 * j4), salt).map((checkIn) => ({ ...checkIn, at: at(checkIn.daysAgo) }));
      return { created: at(agreed + 15), proposed: at(agreed + 7), agreed: { at: at(agreed), comment: agreeComment }, checkIns };
    }
    case 'completed': {
      // Finished early: done well before the year end and the outcome recorded straight away.
      const outcome = 6 + 20 * j1;
      const checkIns = checkInsBetween(170, outcome + 12, 2, 100, salt).map((checkIn) => ({ ...checkIn, at: scaled(checkIn.daysAgo) }));
      const comment = demoPick(OUTCOME_COMMENTS.achieved, `outcome:${salt}`);
      return { created: scaled(190), proposed: scaled(183), agreed: { at: scaled(170), comment: agreeComment }, checkIns, outcome: { at: scaled(outcome), outcome: 'achieved', comment } };
    }
  }
}

const midnights = new Map<string, number>();

/** Midnight in the UK on a date, worked out once per date (the time zone lookup is slow). */
function ukMidnight(date: string): number {
  if (!midnights.has(date)) midnights.set(date, ukTime(date, 0).getTime());
  return midnights.get(date)!;
}

function outcomeOf(roll: number): ObjectiveOutcomeColumn {
  if (roll < 0.6) return 'achieved';
  return roll < 0.88 ? 'partly' : 'not-achieved';
}

/** Last year's story: an outcome recorded at the year end, or withdrawn part-way through. */
export function previousStory(status: 'completed' | 'withdrawn', salt: string, calendar: DemoCalendar): ObjectiveStory {
  const [j1, j2, j3, j4] = jitters(`previous:${salt}`);
  const hour = 9 + Math.floor(j4 * 7);
  // Whole days from one UK working hour at the start of the year (an hour out across the clock change does not matter here).
  const start = ukMidnight(calendar.previous.startsOn) + hour * 3_600_000;
  const on = (day: number) => new Date(start + Math.round(day) * DAY_MS);
  const created = 14 + 40 * j1;
  if (status === 'withdrawn') {
    return { created: on(created), proposed: on(created + 5), withdrawn: { at: on(created + 40), comment: demoPick(WITHDRAW_COMMENTS, `withdraw:${salt}`) } };
  }
  const outcome = outcomeOf(j3);
  const finalProgress = outcome === 'achieved' ? 100 : outcome === 'partly' ? 50 + Math.round(15 * j2) : 15 + Math.round(15 * j2);
  const count = 1 + Math.floor(j2 * 3);
  const checkIns = Array.from({ length: count }, (_, index) => ({
    at: on(100 + ((index + 1) * 220) / count),
    progress: Math.round((finalProgress * (index + 1)) / count),
    byManager: demoUnit(`by-manager:${salt}:${index}`) < 0.2,
  }));
  const bounced = j4 < 0.15 ? { returned: { at: on(created + 6), comment: demoPick(RETURN_COMMENTS, `return:${salt}`) }, reproposed: on(created + 9) } : {};
  return {
    created: on(created),
    proposed: on(created + 3),
    ...bounced,
    agreed: { at: on(created + 12), comment: demoPick(AGREE_COMMENTS, `agree:${salt}`) },
    checkIns,
    outcome: { at: on(340 + 20 * j3), outcome, comment: demoPick(OUTCOME_COMMENTS[outcome], `outcome:${salt}`) },
  };
}

/** A target date inside the year: ahead of today for work still going, before the year end for last year's. */
export function targetDate(year: DemoYearDates, calendar: DemoCalendar, salt: string): string {
  const roll = demoUnit(`target:${salt}`);
  const remaining = (Date.parse(year.endsOn) - Date.parse(calendar.today)) / DAY_MS;
  const wanted =
    year.id === calendar.previous.id ? addDays(year.endsOn, -Math.round(roll * 150)) : addDays(calendar.today, 14 + Math.round(roll * Math.max(0, remaining - 14)));
  // People aim for the end of a month.
  const monthEnd = addDays(new Date(Date.UTC(Number(wanted.slice(0, 4)), Number(wanted.slice(5, 7)), 1)).toISOString().slice(0, 10), -1);
  return monthEnd > year.endsOn ? year.endsOn : monthEnd < year.startsOn ? year.startsOn : monthEnd;
}
