import type { ServicePlanList, ServicePlanListItem, ServicePlanYearQuery } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { isHeadOf } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import { yearToRead } from './plan-years.js';

/** Every service and whether its plan has a digital objective: the services the asker heads come first. */
export async function listServicePlans(deps: ServicePlanDeps, actor: Actor, query: ServicePlanYearQuery): Promise<ServicePlanList> {
  const { year, years } = await yearToRead(deps, query.yearId);
  const overview = await deps.plans.overview(year?.id ?? null);
  const items: ServicePlanListItem[] = overview.map((line) => ({
    service: { id: line.service.id, name: line.service.name },
    head: line.service.head,
    itemCount: line.itemCount,
    complies: line.itemCount > 0,
    updatedAt: line.updatedAt?.toISOString() ?? null,
    headedByMe: isHeadOf(actor, line.service),
  }));
  // Stable: within each group the repository's order (by name) is kept.
  items.sort((a, b) => Number(b.headedByMe) - Number(a.headedByMe));
  return { year, years, items };
}
