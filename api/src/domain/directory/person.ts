import type { AppRole } from '../shared/roles.js';
import type { ChampionStatus } from '../../contracts/champions.js';

export interface NamedRef {
  id: string;
  name: string;
}

export interface Person {
  id: string;
  entraObjectId: string | null;
  email: string;
  displayName: string;
  jobTitle: string | null;
  service: NamedRef | null;
  site: NamedRef | null;
  lineManager: { id: string; displayName: string } | null;
  status: 'active' | 'leaver';
  leftOn: string | null;
}

/** What authorisation needs to know about a person, read in one query. */
export interface ActorFacts {
  /** Their directory entry, read with the rest: signing in and "who am I" need no second query. */
  person: Person;
  appRoles: AppRole[];
  directReports: number;
  headOfServices: number;
  /** Their Digital Champion record's status, if they have one. */
  championStatus: ChampionStatus | null;
}
