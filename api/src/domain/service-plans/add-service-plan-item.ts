import { CreateServicePlanItemBody, type ServicePlan } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { requireOpenForChanges, requirePlanEditor, requireService } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import { planDto } from './service-plan-dto.js';
import { checkBody, itemLinkErrors } from './plan-input.js';
import { planYears, unknownYearErrors, yearToWrite } from './plan-years.js';

/** Adds a digital objective or project to a service's plan, creating the plan if the service has none for the year. */
export async function addServicePlanItem(deps: ServicePlanDeps, actor: Actor, serviceId: string, body: unknown): Promise<ServicePlan> {
  const service = await requireService(deps, serviceId);
  requirePlanEditor(actor, service);
  const years = await planYears(deps);
  const input = await checkBody(CreateServicePlanItemBody, body, async (fields) => [
    ...unknownYearErrors(years, fields.yearId),
    ...(await itemLinkErrors(deps, fields)),
  ]);
  const year = yearToWrite(years, input.yearId);
  requireOpenForChanges(year);
  const item = { kind: input.kind, title: input.title, ownerPersonId: input.ownerPersonId, measure: input.measure, status: input.status, projectId: input.projectId };
  await deps.plans.addItem(service.id, year.id, item, input.position, { by: actor.personId, at: deps.clock.now() });
  return planDto(deps, actor, service, year, years);
}
