import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { DELETE_WITHIN_DAYS, type SupportLogDeps } from './support-log-deps.js';
import { deletableSince } from './support-session-dto.js';

/**
 * A champion takes back a session they logged by mistake: only their own, only one they
 * logged by hand, and only for 14 days, after which it counts in the programme's figures.
 */
export async function deleteSupportSession(deps: SupportLogDeps, actor: Actor, id: string): Promise<void> {
  const record = await deps.supportLog.find(id);
  if (!record) throw AppError.notFound('That support session');
  if (record.champion.id !== actor.personId) throw AppError.forbidden('You can only remove sessions from your own support log.');
  if (record.kind === 'help-request') {
    throw new AppError('conflict', 'Help requests are logged by themselves when they are resolved, and cannot be removed.');
  }
  const since = deletableSince(deps.clock.now());
  if (record.createdAt < since) {
    throw new AppError('conflict', `Sessions can only be removed within ${DELETE_WITHIN_DAYS} days of logging them.`);
  }
  // Conditional, so a session that aged past the limit in the meantime is not removed.
  if (!(await deps.supportLog.deleteOwn(id, actor.personId, since))) {
    throw new AppError('conflict', 'That session can no longer be removed.');
  }
}
