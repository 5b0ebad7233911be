import { ServicePlanSummaryBody, type ServicePlan } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { requireOpenForChanges, requirePlanEditor, requireService } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import { planDto } from './service-plan-dto.js';
import { checkBody } from './plan-input.js';
import { planYears, unknownYearErrors, yearToWrite } from './plan-years.js';

/** The head of the service, or the policy team, write what the plan means to achieve; a plan not yet written is created. */
export async function saveServicePlanSummary(deps: ServicePlanDeps, actor: Actor, serviceId: string, body: unknown): Promise<ServicePlan> {
  const service = await requireService(deps, serviceId);
  requirePlanEditor(actor, service);
  const years = await planYears(deps);
  const input = await checkBody(ServicePlanSummaryBody, body, async (fields) => unknownYearErrors(years, fields.yearId));
  const year = yearToWrite(years, input.yearId);
  requireOpenForChanges(year);
  await deps.plans.saveSummary(service.id, year.id, input.summary, { by: actor.personId, at: deps.clock.now() });
  return planDto(deps, actor, service, year, years);
}
