import { PeoplePage, PeopleSearchQuery, PersonIdParams, PersonProfile, PersonRecord } from '../../contracts/people.js';
import { getPersonProfile, getPersonRecord, searchPeople, type PeopleDeps } from '../../domain/directory/people-queries.js';
import { defineRoute } from '../route.js';

export function peopleRoutes(deps: PeopleDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/people',
      tag: 'People',
      summary: 'Find colleagues by name, e-mail address or job title',
      access: 'signed-in',
      query: PeopleSearchQuery,
      response: PeoplePage,
      handle: ({ actor, query }) => searchPeople(deps, actor, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/people/:id',
      tag: 'People',
      summary: 'A colleague’s directory profile',
      access: 'signed-in',
      params: PersonIdParams,
      response: PersonProfile,
      problems: [404],
      handle: ({ actor, params }) => getPersonProfile(deps, actor, params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/people/:id/record',
      tag: 'People',
      summary: 'A person’s full record: status, roles and reports',
      description: 'The person themselves, HR, administrators and their management chain only. Reads of someone else’s record are audit-logged.',
      access: 'signed-in',
      params: PersonIdParams,
      response: PersonRecord,
      problems: [403, 404],
      handle: ({ actor, params }) => getPersonRecord(deps, actor, params.id),
    }),
  ];
}
