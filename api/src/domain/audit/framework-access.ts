import { hasAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';

/** HR owns the skills framework: its history, its exports and every new version. */
export function requireHr(actor: Actor, action: string): void {
  if (!hasAnyRole(actor, ['hr'])) throw AppError.forbidden(`Only HR can ${action}.`);
}
