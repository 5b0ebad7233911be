import type { AppraisalYear, AppraisalYearRef } from '../../../contracts/objectives.js';
import { AppError } from '../../shared/app-error.js';
import type { AppraisalYearRepository } from './appraisal-year-repository.js';

/** "This year": the one open appraisal year, if HR has opened one (at most one is open at a time). */
export function findOpenYear(deps: { years: Pick<AppraisalYearRepository, 'findOpen'> }): Promise<AppraisalYear | undefined> {
  return deps.years.findOpen();
}

/** The open year among years already read, so a use case that lists them all needs no second query. */
export function openYearOf<Year extends AppraisalYearRef>(years: readonly Year[]): Year | undefined {
  return years.find((year) => year.status === 'open');
}

/** The year asked for among years already read; the same 404 whichever use case asks. */
export function requireYearIn<Year extends AppraisalYearRef>(years: readonly Year[], yearId: string): Year {
  const year = years.find((candidate) => candidate.id === yearId);
  if (!year) throw AppError.notFound('That appraisal year');
  return year;
}

/** What a list of years to choose from shows of each one. */
export function toYearRef({ id, label, status }: AppraisalYearRef): AppraisalYearRef {
  return { id, label, status };
}
