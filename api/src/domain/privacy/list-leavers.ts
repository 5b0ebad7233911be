import type { PeoplePage, PeopleSearchQuery } from '../../contracts/people.js';
import type { DirectoryRepository } from '../directory/directory-repository.js';
import { toProfile } from '../directory/people-dto.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';

/** The leavers HR may still download or erase the data of; the erased are no longer among them. */
export async function listLeavers(deps: { directory: Pick<DirectoryRepository, 'searchPeople'> }, actor: Actor, query: PeopleSearchQuery): Promise<PeoplePage> {
  requireAnyRole(actor, ['hr'], 'see leavers');
  const { items, total } = await deps.directory.searchPeople({ text: query.q, serviceId: query.serviceId, status: 'leaver', limit: query.limit, offset: query.offset });
  return { items: items.map(toProfile), total };
}
