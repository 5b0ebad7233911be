import type { ServicePlan, ServicePlanYearQuery } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { requireService } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import { planDto } from './service-plan-dto.js';
import { yearToRead } from './plan-years.js';

/** One service's plan for a year, for anyone signed in, saying whether the asker may change it. */
export async function getServicePlan(deps: ServicePlanDeps, actor: Actor, serviceId: string, query: ServicePlanYearQuery): Promise<ServicePlan> {
  const service = await requireService(deps, serviceId);
  const { year, years } = await yearToRead(deps, query.yearId);
  return planDto(deps, actor, service, year, years);
}
