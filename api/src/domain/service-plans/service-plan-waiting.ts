import type { WaitingItem } from '../../contracts/me.js';
import type { WaitingProvider } from '../directory/get-me.js';
import { findOpenYear } from '../objectives/appraisal-years/find-open-year.js';
import { hasRole, type Actor } from '../shared/actor.js';
import type { ServicePlanDeps } from './service-plan-deps.js';

/**
 * Home's reminder to a head of service whose plan for the open appraisal year has no
 * digital objective yet. Only heads of service pay for the query.
 */
export function servicePlanWaiting(deps: Pick<ServicePlanDeps, 'plans' | 'years'>): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    if (!hasRole(actor, 'headOfService')) return [];
    const open = await findOpenYear(deps);
    if (!open) return [];
    const lacking = (await deps.plans.overview(open.id)).filter((line) => line.service.head?.id === actor.personId && line.itemCount === 0);
    return lacking.map((line) => ({
      id: `service-plan-${line.service.id}`,
      title: `Add a digital objective to the ${line.service.name} service plan`,
      detail: `Every service plan for ${open.label} needs at least one digital objective or project, with an owner, a measure and a status.`,
      href: `/service-plans/view?serviceId=${encodeURIComponent(line.service.id)}`,
    }));
  };
}
