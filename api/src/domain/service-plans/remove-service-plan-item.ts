import type { ServicePlan } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { requirePlanEditor } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import { planDto } from './service-plan-dto.js';
import { ITEM, requireItemOf, yearOfItem } from './plan-item-place.js';

/** Takes an item out of the plan; the ones after it move up. A plan left empty no longer complies. */
export async function removeServicePlanItem(deps: ServicePlanDeps, actor: Actor, serviceId: string, itemId: string): Promise<ServicePlan> {
  const { service, place } = await requireItemOf(deps, serviceId, itemId);
  requirePlanEditor(actor, service);
  const { year, years } = await yearOfItem(deps, place);
  const removed = await deps.plans.removeItem(place, { by: actor.personId, at: deps.clock.now() });
  if (!removed) throw AppError.notFound(ITEM);
  return planDto(deps, actor, service, year, years);
}
