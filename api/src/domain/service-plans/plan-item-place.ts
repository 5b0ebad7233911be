import { AppError } from '../shared/app-error.js';
import { requireOpenForChanges, requireService } from './service-plan-access.js';
import { planYears } from './plan-years.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import type { PlanItemPlace, ServiceRecord } from './service-plan-repository.js';

export const ITEM = 'That item of the service plan';

/** The item, which must belong to this service's plan: an id from another service's plan is not found here. */
export async function requireItemOf(deps: ServicePlanDeps, serviceId: string, itemId: string): Promise<{ service: ServiceRecord; place: PlanItemPlace }> {
  const service = await requireService(deps, serviceId);
  const place = await deps.plans.findItem(itemId);
  if (!place || place.serviceId !== service.id) throw AppError.notFound(ITEM);
  return { service, place };
}

/** The item's year, which must still be open for changes. */
export async function yearOfItem(deps: ServicePlanDeps, place: PlanItemPlace) {
  const years = await planYears(deps);
  const year = years.find((candidate) => candidate.id === place.yearId);
  if (!year) throw AppError.notFound(ITEM);
  requireOpenForChanges(year);
  return { year, years };
}
