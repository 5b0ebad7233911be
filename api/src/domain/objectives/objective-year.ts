import { CreateObjectiveBody, type AppraisalYear } from '../../contracts/objectives.js';
import { AppError } from '../shared/app-error.js';
import { fieldErrorsFrom } from '../shared/zod-field-errors.js';
import type { ObjectiveDeps } from './objective-deps.js';

const YearChoice = CreateObjectiveBody.pick({ yearId: true });

/** The year a new objective goes in: the one asked for, or the open one. A closed year takes no new objectives. */
export async function yearForNewObjective(deps: Pick<ObjectiveDeps, 'years'>, body: unknown): Promise<AppraisalYear> {
  const asked = YearChoice.safeParse(typeof body === 'object' && body !== null ? body : {}, { reportInput: true });
  if (!asked.success) throw AppError.validation(fieldErrorsFrom('body', asked.error));
  const { yearId } = asked.data;
  const year = yearId !== undefined ? await deps.years.find(yearId) : await deps.years.findOpen();
  if (yearId !== undefined && !year) throw AppError.validation([{ field: 'body.yearId', message: 'is not an appraisal year' }]);
  if (!year) throw new AppError('conflict', 'No appraisal year is open yet, so there is nowhere to put an objective. HR opens the year under Appraisal years.');
  if (year.status === 'closed') {
    throw new AppError('conflict', `The appraisal year ${year.label} is closed: its objectives can no longer be changed, only have an outcome recorded.`);
  }
  return year;
}
