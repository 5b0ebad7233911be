import type { ErasureBody } from '../../contracts/privacy.js';
import type { DirectoryRepository } from '../directory/directory-repository.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditEntryInput } from '../shared/audit-log.js';

export interface ErasureRepository {
  /** Anonymises the person everywhere and writes the audit entry, in one transaction. */
  erase(personId: string, audit: AuditEntryInput): Promise<void>;
}

export interface ErasureDeps {
  directory: Pick<DirectoryRepository, 'findPerson'>;
  erasure: ErasureRepository;
}

const sameName = (typed: string, name: string): boolean => typed.trim().toLowerCase() === name.trim().toLowerCase();

/**
 * UK GDPR article 17, by HR: a leaver's name, what they wrote and their links to Microsoft
 * 365 are removed; what they counted towards stays, nameless. Someone still at the council
 * is needed in the directory for their job, so they must leave first. HR types the name to
 * confirm, since nothing erased comes back.
 */
export async function erasePerson(deps: ErasureDeps, actor: Actor, personId: string, body: ErasureBody): Promise<void> {
  requireAnyRole(actor, ['hr'], 'erase someone’s data');
  const person = await deps.directory.findPerson(personId);
  if (!person) throw AppError.notFound('That person');
  if (person.status !== 'leaver') {
    throw new AppError('conflict', `${person.displayName} still works for the council. Mark them as a leaver in the staff list first.`);
  }
  if (!sameName(body.confirmName, person.displayName)) {
    throw AppError.validation([{ field: 'body.confirmName', message: `must be their name, ${person.displayName}, to confirm` }]);
  }
  // That an erasure happened, and by whom; nothing of what was erased.
  await deps.erasure.erase(personId, { actorPersonId: actor.personId, action: 'erase', resource: 'person', subjectPersonId: personId });
}
