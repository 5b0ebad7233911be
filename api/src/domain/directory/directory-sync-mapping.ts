import { z } from 'zod';
import type { DirectorySyncProblem } from '../../contracts/directory-import.js';
import type { DirectoryUser } from '../shared/microsoft365.js';
import type { DirectoryState, ImportedPersonState } from './directory-repository.js';
import type { StaffRow } from './staff-csv.js';

/**
 * How Microsoft 365 users become the rows a staff list import plans with: department →
 * service, office location → site, manager → line manager's e-mail address, enabled →
 * active. People the directory got from Microsoft 365 before, and who are gone from it now,
 * become leaver rows, so one plan covers joiners, movers and leavers.
 */

/** Every person needs a service; an obvious placeholder shows HR whose department is missing in the tenant. */
export const NO_DEPARTMENT_SERVICE = 'No department in Microsoft 365';

/** The Microsoft 365 user behind a row, so a problem found later can name them. */
export type SyncEntry = Pick<DirectorySyncProblem, 'entraObjectId' | 'displayName' | 'email'>;

export interface MappedDirectory {
  /** Rows for the users the directory can hold, then rows for leavers; `line` numbers them in that order. */
  rows: StaffRow[];
  /** Who each row came from, by its line. */
  entries: Map<number, SyncEntry>;
  /** Users left as the directory has them, with the reason. */
  skipped: DirectorySyncProblem[];
  /** How many users Microsoft 365 listed. */
  listed: number;
  /** Users without an e-mail address (guests, some service accounts): not people the directory holds. */
  withoutMail: number;
}

const isGuid = (value: string): boolean => z.guid().safeParse(value).success;

/** Object ids and addresses are compared as the database stores them: lower case. */
const objectIdOf = (user: DirectoryUser): string => user.entraObjectId.trim().toLowerCase();
const emailOf = (user: DirectoryUser): string | null => user.email?.trim().toLowerCase() || null;
const text = (value: string | null): string | null => value?.trim() || null;

/** One Microsoft 365 user as a line of a staff list, once their address and manager's address are known. */
export function toStaffRow(user: DirectoryUser, known: { line: number; email: string; lineManagerEmail: string | null }): StaffRow {
  return {
    line: known.line,
    email: known.email,
    displayName: user.displayName.trim(),
    jobTitle: text(user.jobTitle),
    service: text(user.department) ?? NO_DEPARTMENT_SERVICE,
    site: text(user.officeLocation),
    lineManagerEmail: known.lineManagerEmail,
    entraObjectId: objectIdOf(user),
    status: user.accountEnabled ? 'active' : 'leaver',
  };
}

/** A person gone from Microsoft 365 keeps everything the directory knows, and leaves. */
function leaverRow(person: ImportedPersonState & { entraObjectId: string }, line: number): StaffRow {
  return {
    line,
    email: person.email,
    displayName: person.displayName,
    jobTitle: person.jobTitle,
    service: person.service ?? NO_DEPARTMENT_SERVICE,
    site: person.site,
    lineManagerEmail: person.lineManagerEmail,
    entraObjectId: person.entraObjectId,
    status: 'leaver',
  };
}

function countEmails(users: DirectoryUser[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const user of users) {
    const email = emailOf(user);
    if (email) counts.set(email, (counts.get(email) ?? 0) + 1);
  }
  return counts;
}

export function mapDirectoryUsers(users: DirectoryUser[], state: DirectoryState): MappedDirectory {
  const mapped: MappedDirectory = { rows: [], entries: new Map(), skipped: [], listed: users.length, withoutMail: 0 };
  const emailCounts = countEmails(users);
  const knownEmailOf = new Map(state.people.flatMap((person) => (person.entraObjectId ? [[person.entraObjectId, person.email] as const] : [])));
  const tenantEmailOf = new Map<string, string>();
  for (const user of users) {
    const email = emailOf(user);
    if (email && emailCounts.get(email) === 1) tenantEmailOf.set(objectIdOf(user), email);
  }
  // A manager without a usable address in the tenant may still be in the directory from an earlier sync or import.
  const managerEmailOf = (id: string): string | undefined => tenantEmailOf.get(id) ?? knownEmailOf.get(id);

  users.forEach((user, index) => {
    const line = index + 1;
    const id = objectIdOf(user);
    const email = emailOf(user);
    const entry: SyncEntry = { entraObjectId: id, displayName: user.displayName, email };
    const skip = (field: DirectorySyncProblem['field'], message: string) => mapped.skipped.push({ ...entry, field, message });
    if (!email) {
      mapped.withoutMail += 1;
      return;
    }
    if (!isGuid(id)) return skip('id', `${id} is not a Microsoft Entra object id (a GUID)`);
    if ((emailCounts.get(email) ?? 0) > 1) return skip('mail', `${email} is the address of more than one Microsoft 365 user; the directory needs each address once`);
    const knownAs = knownEmailOf.get(id);
    if (knownAs && knownAs !== email) {
      return skip('mail', `is ${email} in Microsoft 365, but the directory knows this person as ${knownAs}; a sync does not change the address a person is known by`);
    }
    let lineManagerEmail: string | null = null;
    if (user.managerEntraObjectId) {
      const managerId = user.managerEntraObjectId.trim().toLowerCase();
      lineManagerEmail = managerEmailOf(managerId) ?? null;
      if (!lineManagerEmail) return skip('manager', `their manager in Microsoft 365 (${managerId}) has no e-mail address the directory can use`);
      if (lineManagerEmail === email) return skip('manager', 'is their own manager in Microsoft 365; a person cannot manage themselves');
    }
    mapped.rows.push(toStaffRow(user, { line, email, lineManagerEmail }));
    mapped.entries.set(line, entry);
  });

  const listedIds = new Set(users.map(objectIdOf));
  // An account deleted and made again keeps its address but gets a new id: that person has not left.
  const listedEmails = new Set(users.map(emailOf));
  let line = users.length;
  for (const person of state.people) {
    const { entraObjectId } = person;
    if (!entraObjectId || person.status === 'leaver' || listedIds.has(entraObjectId) || listedEmails.has(person.email)) continue;
    line += 1;
    mapped.rows.push(leaverRow({ ...person, entraObjectId }, line));
    mapped.entries.set(line, { entraObjectId, displayName: person.displayName, email: person.email });
  }
  return mapped;
}
