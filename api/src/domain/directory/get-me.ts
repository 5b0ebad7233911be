import type { Me, NavigationItem, Waiting, WaitingItem } from '../../contracts/me.js';
import { hasAnyRole, type Actor } from '../shared/actor.js';
import type { DirectoryRepository } from './directory-repository.js';
import type { Person } from './person.js';
import { roleBadges, toProfile } from './people-dto.js';

/** Each capability contributes what is waiting for a person; Home shows them together. */
export type WaitingProvider = (actor: Actor) => Promise<WaitingItem[]>;

/** Each capability contributes the pages a person may use; the tab shows only these. */
export type NavigationProvider = (actor: Actor) => NavigationItem[];

export interface GetMeDeps {
  directory: DirectoryRepository;
  mode: 'local' | 'production';
  waiting: WaitingProvider[];
  navigation: NavigationProvider[];
}

/**
 * Who I am and the pages I can use: the first call of every page, so it is answered from
 * the directory entry read while signing the request in, with no query of its own.
 */
export function getMe(deps: Pick<GetMeDeps, 'navigation' | 'mode'>, actor: Actor, person: Person): Me {
  return {
    person: toProfile(person),
    roles: roleBadges(actor.roles),
    navigation: deps.navigation.flatMap((provide) => provide(actor)),
    mode: deps.mode,
  };
}

/** What is waiting for me, from every capability: Home asks for it, other pages do not pay for it. */
export async function getWaiting(deps: Pick<GetMeDeps, 'waiting'>, actor: Actor): Promise<Waiting> {
  return { items: (await Promise.all(deps.waiting.map((provide) => provide(actor)))).flat() };
}

export function directoryNavigation(options: { outbox: boolean }): NavigationProvider {
  return (actor) => {
    const items: NavigationItem[] = [{ id: 'home', label: 'Home', href: '/' }];
    if (hasAnyRole(actor, ['hr', 'admin'])) {
      items.push({ id: 'import-staff', label: 'Import the staff list', href: '/directory/import' });
      items.push({ id: 'audit-log', label: 'Audit log', href: '/admin/audit-log' });
    }
    if (hasAnyRole(actor, ['hr'])) items.push({ id: 'leavers-data', label: 'Leavers’ data', href: '/directory/leavers' });
    if (options.outbox && hasAnyRole(actor, ['admin'])) {
      items.push({ id: 'outbox', label: 'Microsoft 365 outbox', href: '/admin/outbox' });
    }
    return items;
  };
}

/** HR and administrators keep the directory right: people outside the management tree break reporting lines. */
export function directoryWaiting(directory: DirectoryRepository): WaitingProvider {
  return async (actor) => {
    if (!hasAnyRole(actor, ['hr', 'admin'])) return [];
    const outside = await directory.countPeopleOutsideTree();
    if (outside === 0) return [];
    return [
      {
        id: 'people-outside-tree',
        title: outside === 1 ? '1 person has no line manager' : `${outside} people have no line manager`,
        detail: 'They neither have a line manager nor manage anyone. Add their line manager in the next staff list import.',
        href: '/directory/import',
        count: outside,
      },
    ];
  };
}
