import type { NavigationItem } from '../../contracts/me.js';
import { hasAnyRole, hasRole, type Actor } from '../shared/actor.js';
import type { NavigationProvider } from '../directory/get-me.js';

/** The skills audit's pages, each shown only to those who can use it. */
export function auditNavigation(): NavigationProvider {
  return (actor: Actor) => {
    const items: NavigationItem[] = [
      { id: 'my-skills', label: 'My skills', href: '/my-skills' },
      { id: 'audit', label: 'Digital skills audit', href: '/audit' },
    ];
    if (hasRole(actor, 'lineManager')) items.push({ id: 'team-audit', label: 'Your team’s skills audit', href: '/team/audit' });
    if (hasRole(actor, 'hr')) {
      items.push({ id: 'audit-campaigns', label: 'Audit campaigns', href: '/audit/campaigns' });
      items.push({ id: 'skills-framework', label: 'Skills framework', href: '/audit/framework' });
    }
    if (hasAnyRole(actor, ['hr', 'admin'])) items.push({ id: 'audit-settings', label: 'Skills audit settings', href: '/audit/settings' });
    if (hasAnyRole(actor, ['digital', 'hr'])) {
      items.push({ id: 'champion-candidates', label: 'Digital Champion candidates', href: '/audit/champion-candidates' });
      items.push({ id: 'learning-resources', label: 'Learning resources', href: '/learning-resources' });
    }
    return items;
  };
}
