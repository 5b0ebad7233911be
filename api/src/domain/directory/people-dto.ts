import type { PersonProfile, PersonRecord, RoleBadge } from '../../contracts/people.js';
import { ROLE_LABELS, type Role } from '../shared/roles.js';
import type { Person } from './person.js';

export function toProfile(person: Person): PersonProfile {
  return {
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    jobTitle: person.jobTitle,
    service: person.service,
    site: person.site,
    lineManager: person.lineManager,
  };
}

const ROLE_ORDER: Role[] = ['staff', 'lineManager', 'headOfService', 'champion', 'hr', 'digital', 'policy', 'admin'];

export function roleBadges(roles: ReadonlySet<Role>): RoleBadge[] {
  return ROLE_ORDER.filter((role) => roles.has(role)).map((role) => ({ role, label: ROLE_LABELS[role] }));
}

export function toRecord(person: Person, roles: ReadonlySet<Role>, directReports: number): PersonRecord {
  return {
    ...toProfile(person),
    entraObjectId: person.entraObjectId,
    status: person.status,
    leftOn: person.leftOn,
    roles: roleBadges(roles),
    directReports,
  };
}
