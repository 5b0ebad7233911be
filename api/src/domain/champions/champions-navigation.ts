import type { NavigationItem } from '../../contracts/me.js';
import { hasAnyRole, hasRole, type Actor } from '../shared/actor.js';
import type { NavigationProvider } from '../directory/get-me.js';

/** The Digital Champions programme's pages, each shown only to those who can use it. */
export function championsNavigation(): NavigationProvider {
  return (actor: Actor) => {
    const items: NavigationItem[] = [
      { id: 'help-requests', label: 'Ask a Digital Champion', href: '/help-requests' },
      { id: 'my-champion', label: 'My champion', href: '/my-champion' },
      { id: 'drop-ins', label: 'Drop-in sessions', href: '/drop-ins' },
      { id: 'guides', label: 'How-to guides', href: '/guides' },
      { id: 'champions', label: 'Digital Champions', href: '/champions' },
    ];
    if (hasRole(actor, 'champion')) {
      items.push({ id: 'champion-queue', label: 'Your help queue', href: '/champions/queue' });
      items.push({ id: 'champion-dashboard', label: 'My champion work', href: '/champions/dashboard' });
      items.push({ id: 'support-log', label: 'Support log', href: '/champions/support-log' });
      items.push({ id: 'champion-profile', label: 'Champion profile', href: '/champions/profile' });
    }
    if (hasAnyRole(actor, ['digital'])) {
      items.push({ id: 'champion-matching', label: 'Champion matching', href: '/champions/matching' });
      items.push({ id: 'champions-overview', label: 'Champions overview', href: '/champions/overview' });
    }
    if (hasAnyRole(actor, ['digital', 'admin'])) {
      items.push({ id: 'help-request-settings', label: 'Help request settings', href: '/help-requests/settings' });
    }
    return items;
  };
}
