import type { AppraisalYear } from '../../../contracts/objectives.js';
import type { ObjectiveDeps } from '../objective-deps.js';

/**
 * Every appraisal year, newest first. The calendar is no secret: anyone signed in may read
 * it (pages filter by year); only HR changes it.
 */
export async function listAppraisalYears(deps: Pick<ObjectiveDeps, 'years'>): Promise<{ items: AppraisalYear[] }> {
  return { items: await deps.years.list() };
}
