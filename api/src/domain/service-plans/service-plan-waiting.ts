import type { WaitingItem } from '../../contracts/me.js';
import type { WaitingProvider } from '../directory/get-me.js';
import { findOpenYear } from '../objectives/appraisal-years/find-open-year.js';
import { hasRole, type Actor } from '../shared/actor.js';
import type { ServicePlanDeps } from './service-plan-deps.js';

/**
 * Home's reminder to a head of service whose plan for the open appraisal year has no
 * digital objective yet, and the policy team's count of every such service. Only heads of
 * service and the policy team pay for the query.
 */
export function servicePlanWaiting(deps: Pick<ServicePlanDeps, 'plans' | 'years'>): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    const policy = hasRole(actor, 'policy');
    if (!hasRole(actor, 'headOfService') && !policy) return [];
    const open = await findOpenYear(deps);
    if (!open) return [];
    const without = (await deps.plans.overview(open.id)).filter((line) => line.itemCount === 0);
    const policyItems: WaitingItem[] =
      policy && without.length > 0
        ? [
            {
              id: 'services-without-digital-objective',
              title: `${without.length === 1 ? '1 service has' : `${without.length} services have`} no digital objective for ${open.label}`,
              detail: 'See which, and remind their heads of service from the compliance page.',
              href: '/service-plans/compliance',
              count: without.length,
            },
          ]
        : [];
    const lacking = without.filter((line) => line.service.head?.id === actor.personId);
    return [...policyItems, ...lacking.map((line) => ({
      id: `service-plan-${line.service.id}`,
      title: `Add a digital objective to the ${line.service.name} service plan`,
      detail: `Every service plan for ${open.label} needs at least one digital objective or project, with an owner, a measure and a status.`,
      href: `/service-plans/view?serviceId=${encodeURIComponent(line.service.id)}`,
    }))];
  };
}
