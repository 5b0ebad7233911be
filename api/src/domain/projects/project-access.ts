import { hasRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';

/**
 * The digital team keeps the register. Everyone else signed in can browse it and follow
 * projects, but never change it.
 */
export function canCurate(actor: Actor): boolean {
  return hasRole(actor, 'digital');
}

export function requireCurator(actor: Actor, action: string): void {
  if (!canCurate(actor)) throw AppError.forbidden(`Only the digital team can ${action}.`);
}
