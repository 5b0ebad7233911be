import type { AppraisalYearRef } from '../../contracts/objectives.js';
import type { ServicePlan, ServicePlanItem } from '../../contracts/service-plans.js';
import type { Actor } from '../shared/actor.js';
import { canEditPlan } from './service-plan-access.js';
import type { ServicePlanDeps } from './service-plan-deps.js';
import type { PlanItemRecord, ServiceRecord } from './service-plan-repository.js';

export function toItemDto(item: PlanItemRecord): ServicePlanItem {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    owner: item.owner,
    measure: item.measure,
    status: item.status,
    project: item.project,
    position: item.position,
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** A service's plan for a year as the one asking sees it; a plan never written reads as empty. */
export async function planDto(
  deps: Pick<ServicePlanDeps, 'plans'>,
  actor: Actor,
  service: ServiceRecord,
  year: AppraisalYearRef | null,
  years: AppraisalYearRef[],
): Promise<ServicePlan> {
  const plan = year ? await deps.plans.findPlan(service.id, year.id) : undefined;
  const items = (plan?.items ?? []).map(toItemDto);
  return {
    service: { id: service.id, name: service.name },
    head: service.head,
    year,
    years,
    summary: plan?.summary ?? '',
    items,
    complies: items.length > 0,
    updatedAt: plan ? plan.updatedAt.toISOString() : null,
    updatedBy: plan?.updatedBy ?? null,
    canEdit: canEditPlan(actor, service, year),
  };
}
