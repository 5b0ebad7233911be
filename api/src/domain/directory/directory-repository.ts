import type { AuditEntryInput } from '../shared/audit-log.js';
import type { AppRole } from '../shared/roles.js';
import type { ActorFacts, Person } from './person.js';
import type { ImportPlan } from './staff-import-plan.js';

export interface PeopleSearch {
  text?: string | undefined;
  serviceId?: string | undefined;
  /** Active staff unless it says leavers; leavers already erased are never found. */
  status?: 'active' | 'leaver';
  limit: number;
  offset: number;
}

/** A person as the import compares them: every field a staff list carries, by name. */
export interface ImportedPersonState {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  service: string | null;
  site: string | null;
  lineManagerEmail: string | null;
  entraObjectId: string | null;
  status: 'active' | 'leaver';
}

/**
 * How a request says who it is: a person (after sign-in), a Microsoft Entra object id (a
 * Teams token), or a dev sign-in session still valid at the time given. Resolved in one query.
 */
export type ActorKey = { personId: string } | { entraObjectId: string } | { sessionTokenHash: string; validAt: Date };

export interface DirectoryRepository {
  findPerson(id: string): Promise<Person | undefined>;
  findPeopleByEmails(emails: string[]): Promise<Person[]>;
  actorFacts(key: ActorKey): Promise<ActorFacts | undefined>;
  isInManagementChain(managerId: string, personId: string): Promise<boolean>;
  searchPeople(search: PeopleSearch): Promise<{ items: Person[]; total: number }>;
  peopleWithAppRole(role: AppRole, text: string | undefined, limit: number): Promise<{ items: Person[]; total: number }>;
  peopleWhoManage(kind: 'line' | 'service', text: string | undefined, limit: number): Promise<{ items: Person[]; total: number }>;
  countPeopleOutsideTree(): Promise<number>;
  /** Everyone in the directory as an import compares them, with the services and sites it knows. */
  importState(): Promise<DirectoryState>;
  /** Applies a whole plan, with its audit entries, in one transaction: all of it or none of it. */
  applyImport(
    plan: ImportPlan,
    meta: { importedBy: string | null; source: 'csv' | 'graph'; contentSha256: string | null; audit: readonly AuditEntryInput[] },
  ): Promise<void>;
}

export interface DirectoryState {
  people: ImportedPersonState[];
  services: string[];
  sites: string[];
}
