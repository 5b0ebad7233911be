import type { PeoplePage, PeopleSearchQuery, PersonProfile, PersonRecord } from '../../contracts/people.js';
import { hasAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditLogWriter } from '../shared/audit-log.js';
import type { DirectoryRepository } from './directory-repository.js';
import { toProfile, toRecord } from './people-dto.js';
import { actorFromFacts } from './resolve-actor.js';

export interface PeopleDeps {
  directory: DirectoryRepository;
  audit: AuditLogWriter;
}

/** Colleagues' names, job titles and services are what Teams shows anyone in the council. */
export async function searchPeople(deps: PeopleDeps, _actor: Actor, query: PeopleSearchQuery): Promise<PeoplePage> {
  const { items, total } = await deps.directory.searchPeople({
    text: query.q,
    serviceId: query.serviceId,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: items.map(toProfile), total };
}

export async function getPersonProfile(deps: PeopleDeps, _actor: Actor, personId: string): Promise<PersonProfile> {
  const person = await deps.directory.findPerson(personId);
  if (!person || person.status === 'leaver') throw AppError.notFound('That person');
  return toProfile(person);
}

/**
 * The fuller record (status, roles, reports). A person sees their own; HR, administrators
 * and the person's management chain see others', and each such read is audit-logged.
 */
export async function getPersonRecord(deps: PeopleDeps, actor: Actor, personId: string): Promise<PersonRecord> {
  const own = actor.personId === personId;
  const allowed =
    own || hasAnyRole(actor, ['hr', 'admin']) || (await deps.directory.isInManagementChain(actor.personId, personId));
  if (!allowed) throw AppError.forbidden('Only HR, administrators and the person’s managers can see their record.');

  const facts = await deps.directory.actorFacts({ personId });
  if (!facts) throw AppError.notFound('That person');
  if (!own) {
    await deps.audit.record({ actorPersonId: actor.personId, action: 'read', resource: 'person-record', subjectPersonId: personId });
  }
  return toRecord(facts.person, actorFromFacts(facts).roles, facts.directReports);
}
