import type { AppraisalYear } from '../../../contracts/objectives.js';
import { AppError } from '../../shared/app-error.js';
import type { TeamObjectiveRepository } from './team-objective-repository.js';

/** The year asked for (404 when there is no such year), or else the open one, if any. */
export async function chooseYear(
  repository: Pick<TeamObjectiveRepository, 'years'>,
  yearId: string | undefined,
): Promise<{ year: AppraisalYear | undefined; years: AppraisalYear[] }> {
  const years = await repository.years();
  if (!yearId) return { year: years.find((year) => year.status === 'open'), years };
  const year = years.find((candidate) => candidate.id === yearId);
  if (!year) throw AppError.notFound('That appraisal year');
  return { year, years };
}
