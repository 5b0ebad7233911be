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
  personId: string;
  displayName: string;
  status: 'active' | 'leaver';
  appRoles: AppRole[];
  directReports: number;
  headOfServices: number;
  /** Their Digital Champion record's status, if they have one. */
  championStatus: ChampionStatus | null;
}
