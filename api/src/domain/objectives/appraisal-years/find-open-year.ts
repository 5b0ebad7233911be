import type { AppraisalYear } from '../../../contracts/objectives.js';
import type { ObjectiveDeps } from '../objective-deps.js';

/** "This year": the one open appraisal year, if HR has opened one (at most one is open at a time). */
export function findOpenYear(deps: Pick<ObjectiveDeps, 'years'>): Promise<AppraisalYear | undefined> {
  return deps.years.findOpen();
}
