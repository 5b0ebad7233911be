import type { AppraisalYear, CreateAppraisalYearBody } from '../../../contracts/objectives.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { ObjectiveDeps } from '../objective-deps.js';
import { requireYearKeeper, savedYear } from './appraisal-year-access.js';
import { appraisalYearDates, isWithinYear, ukDate } from './appraisal-year-dates.js';

/**
 * HR adds a year, dated by the council's start month; it starts as planned and is opened
 * later. Years never overlap, so every date belongs to at most one year.
 */
export async function createAppraisalYear(
  deps: Pick<ObjectiveDeps, 'years' | 'settings' | 'clock'>,
  actor: Actor,
  body: CreateAppraisalYearBody,
): Promise<AppraisalYear> {
  requireYearKeeper(actor, 'add appraisal years');
  const { yearStartMonth } = await deps.settings.get();
  const dates = appraisalYearDates(body.startYear, yearStartMonth);
  const agreeBy = body.agreeBy ?? dates.agreeBy;
  if (!isWithinYear(agreeBy, dates)) {
    throw AppError.validation([{ field: 'body.agreeBy', message: `must be between ${ukDate(dates.startsOn)} and ${ukDate(dates.endsOn)}` }]);
  }

  const existing = await deps.years.list();
  const same = existing.find((year) => year.startsOn === dates.startsOn);
  if (same) throw new AppError('conflict', `There is already an appraisal year starting on ${ukDate(dates.startsOn)}: ${same.label}.`);
  const overlapping = existing.find((year) => year.startsOn <= dates.endsOn && dates.startsOn <= year.endsOn);
  if (overlapping) {
    throw new AppError(
      'conflict',
      `A year from ${ukDate(dates.startsOn)} to ${ukDate(dates.endsOn)} would overlap ${overlapping.label} (${ukDate(overlapping.startsOn)} to ${ukDate(overlapping.endsOn)}).`,
    );
  }

  const at = deps.clock.now();
  const result = await deps.years.create({ ...dates, agreeBy, createdBy: actor.personId, at }, (created) => ({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'appraisal-year',
    details: { created },
  }));
  return savedYear(result, () => deps.years.findOpen(), { startsOn: ukDate(dates.startsOn) });
}
