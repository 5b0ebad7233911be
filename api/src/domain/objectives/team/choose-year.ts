import type { AppraisalYear } from '../../../contracts/objectives.js';
import { openYearOf, requireYearIn } from '../appraisal-years/find-open-year.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';

/** The year asked for (404 when there is no such year), or else the open one, if any. */
export async function chooseYear(
  deps: Pick<TeamObjectiveDeps, 'years'>,
  yearId: string | undefined,
): Promise<{ year: AppraisalYear | undefined; years: AppraisalYear[] }> {
  const years = await deps.years.list();
  return { year: yearId ? requireYearIn(years, yearId) : openYearOf(years), years };
}
