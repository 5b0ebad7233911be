import type { ComplianceService, ServicePlanCompliance, ServicePlanYearQuery } from '../../contracts/service-plans.js';
import { hasRole, type Actor } from '../shared/actor.js';
import { requireComplianceReader } from './service-plan-access.js';
import { MISSING_OBJECTIVE_REMINDER, type ServicePlanDeps } from './service-plan-deps.js';
import { isoWeekOf } from '../shared/iso-week.js';
import { yearToRead } from './plan-years.js';

/** A whole per cent, so "12 of 13" reads 92%; no services at all is 0%, not a division by zero. */
export function percentage(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/**
 * The policy team's check that every service plan has a digital objective: every service,
 * those without one first, with its head and whether they were reminded this week.
 */
export async function getServicePlanCompliance(deps: ServicePlanDeps, actor: Actor, query: ServicePlanYearQuery): Promise<ServicePlanCompliance> {
  requireComplianceReader(actor);
  const { year, years } = await yearToRead(deps, query.yearId);
  const week = isoWeekOf(deps.clock.now());
  const overview = await deps.plans.overview(year?.id ?? null, { topic: MISSING_OBJECTIVE_REMINDER, period: week });
  const items: ComplianceService[] = overview.map((line) => ({
    service: { id: line.service.id, name: line.service.name },
    head: line.service.head,
    itemCount: line.itemCount,
    complies: line.itemCount > 0,
    updatedAt: line.updatedAt?.toISOString() ?? null,
    remindedThisWeek: line.reminded,
  }));
  items.sort((a, b) => Number(a.complies) - Number(b.complies));
  const withObjective = items.filter((item) => item.complies).length;
  return {
    year,
    years,
    week,
    totals: { services: items.length, withObjective, withoutObjective: items.length - withObjective, percentage: percentage(withObjective, items.length) },
    items,
    canRemind: hasRole(actor, 'policy'),
  };
}
