import { ROLE_HOLDERS, type AppRole, type Role } from './roles.js';
import { AppError } from './app-error.js';

/**
 * Who is asking. Built only from a validated Entra token, the Bot Framework's verified
 * activity, or the local dev sign-in; every use case decides from it alone.
 */
export interface Actor {
  personId: string;
  displayName: string;
  roles: ReadonlySet<Role>;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.has(role);
}

export function hasAnyRole(actor: Actor, roles: readonly AppRole[]): boolean {
  return roles.some((role) => actor.roles.has(role));
}

export function requireAnyRole(actor: Actor, roles: readonly AppRole[], action: string): void {
  if (!hasAnyRole(actor, roles)) {
    throw AppError.forbidden(`Only ${roles.map((role) => ROLE_HOLDERS[role]).join(' or ')} can ${action}.`);
  }
}
