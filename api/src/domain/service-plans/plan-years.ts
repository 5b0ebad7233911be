import type { AppraisalYearRef } from '../../contracts/objectives.js';
import { openYearOf, requireYearIn, toYearRef } from '../objectives/appraisal-years/find-open-year.js';
import { AppError } from '../shared/app-error.js';
import type { ServicePlanDeps } from './service-plan-deps.js';

/** Which appraisal year a request is about: the one asked for, or by default "this year". */

export interface YearChoice {
  year: AppraisalYearRef | null;
  years: AppraisalYearRef[];
}

/** Every appraisal year, newest first, as a plan shows them to choose from. */
export async function planYears(deps: Pick<ServicePlanDeps, 'years'>): Promise<AppraisalYearRef[]> {
  return (await deps.years.list()).map(toYearRef);
}

/** The open year; when none is open, the latest there is (the one people last worked in). */
function defaultYear(years: readonly AppraisalYearRef[]): AppraisalYearRef | null {
  return openYearOf(years) ?? years[0] ?? null;
}

/** For reads: an unknown year is not found; no year asked for is the default one (null if the council has none). */
export async function yearToRead(deps: Pick<ServicePlanDeps, 'years'>, yearId: string | undefined): Promise<YearChoice> {
  const years = await planYears(deps);
  return { year: yearId === undefined ? defaultYear(years) : requireYearIn(years, yearId), years };
}

/**
 * For writes: the year asked for (already checked to exist), or the open one. With none
 * open, the writer must say which year they mean rather than have a plan land in an old one.
 */
export function yearToWrite(years: readonly AppraisalYearRef[], yearId: string | undefined): AppraisalYearRef {
  if (yearId !== undefined) {
    const year = years.find((candidate) => candidate.id === yearId);
    if (year) return year;
  }
  const open = openYearOf(years);
  if (!open) throw new AppError('conflict', 'No appraisal year is open, so say which year the plan is for.');
  return open;
}

/** The field error for a yearId in a body that names no appraisal year. */
export function unknownYearErrors(years: readonly AppraisalYearRef[], yearId: string | undefined) {
  return yearId !== undefined && !years.some((year) => year.id === yearId) ? [{ field: 'body.yearId', message: 'is not an appraisal year' }] : [];
}
