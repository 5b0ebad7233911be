import type { NavigationItem } from '../../contracts/me.js';
import { hasAnyRole, hasRole, type Actor } from '../shared/actor.js';
import type { NavigationProvider } from '../directory/get-me.js';

/** Objectives, service plans and the projects register: each page shown only to those who can use it. */
export function objectivesNavigation(): NavigationProvider {
  return (actor: Actor) => {
    const items: NavigationItem[] = [{ id: 'objectives', label: 'My digital objectives', href: '/objectives' }];
    if (hasAnyRole(actor, ['hr']) || hasRole(actor, 'lineManager')) {
      items.push({ id: 'team-objectives', label: 'Your team’s digital objectives', href: '/team/objectives' });
    }
    if (hasAnyRole(actor, ['hr'])) items.push({ id: 'appraisal-years', label: 'Appraisal years', href: '/objectives/years' });
    items.push({ id: 'service-plans', label: 'Service plans', href: '/service-plans' });
    // HR and administrators report on compliance too; only the policy team reminds (decided in the use case).
    if (hasAnyRole(actor, ['policy', 'hr', 'admin'])) {
      items.push({ id: 'service-plan-compliance', label: 'Service plan compliance', href: '/service-plans/compliance' });
    }
    items.push({ id: 'projects', label: 'Digital projects', href: '/projects' });
    return items;
  };
}
