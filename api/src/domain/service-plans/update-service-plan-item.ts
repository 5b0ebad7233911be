import { UpdateServicePlanItemBody, type ServicePlan } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { requirePlanEditor } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import { planDto } from './service-plan-dto.js';
import { checkBody, itemLinkErrors } from './plan-input.js';
import { ITEM, requireItemOf, yearOfItem } from './plan-item-place.js';

/** Changes an item (its words, owner, status, project) or moves it within the plan. */
export async function updateServicePlanItem(deps: ServicePlanDeps, actor: Actor, serviceId: string, itemId: string, body: unknown): Promise<ServicePlan> {
  const { service, place } = await requireItemOf(deps, serviceId, itemId);
  requirePlanEditor(actor, service);
  const input = await checkBody(UpdateServicePlanItemBody, body, (fields) => itemLinkErrors(deps, fields));
  const { year, years } = await yearOfItem(deps, place);
  const { position, ...changes } = input;
  const changed = await deps.plans.updateItem(place, changes, position, { by: actor.personId, at: deps.clock.now() });
  if (!changed) throw AppError.notFound(ITEM);
  return planDto(deps, actor, service, year, years);
}
