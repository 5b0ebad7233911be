import type { PersonalDataExport } from '../../contracts/privacy.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditEntryInput } from '../shared/audit-log.js';
import type { Clock } from '../shared/clock.js';
import { PERSONAL_DATA_SECTIONS, type PersonalDataRow, type PersonalDataSectionKey } from './personal-data-sections.js';

export interface PersonalDataReader {
  /** Every section's rows for the person, or undefined when nobody has that id; the audit entry is written in the same transaction. */
  read(personId: string, audit: AuditEntryInput): Promise<Record<PersonalDataSectionKey, PersonalDataRow[]> | undefined>;
}

export interface PersonalDataDeps {
  personalData: PersonalDataReader;
  clock: Clock;
}

async function exportFor(deps: PersonalDataDeps, actor: Actor, personId: string): Promise<PersonalDataExport> {
  const audit: AuditEntryInput = { actorPersonId: actor.personId, action: 'export', resource: 'personal-data', subjectPersonId: personId };
  const rows = await deps.personalData.read(personId, audit);
  if (!rows) throw AppError.notFound('That person');
  const entry = rows['directory-entry'][0]!;
  return {
    person: { id: personId, displayName: String(entry.display_name) },
    generatedAt: deps.clock.now().toISOString(),
    sections: PERSONAL_DATA_SECTIONS.map(({ key, title, about }) => ({ key, title, about, rows: rows[key] })),
  };
}

/** UK GDPR article 15, self-service: anyone downloads everything the hub holds about them. */
export function downloadMyData(deps: PersonalDataDeps, actor: Actor): Promise<PersonalDataExport> {
  return exportFor(deps, actor, actor.personId);
}

/** The same for anyone, by HR, for a request made on paper or by someone who cannot sign in (a leaver). */
export function downloadPersonData(deps: PersonalDataDeps, actor: Actor, personId: string): Promise<PersonalDataExport> {
  if (personId !== actor.personId) requireAnyRole(actor, ['hr'], 'download someone else’s data');
  return exportFor(deps, actor, personId);
}
