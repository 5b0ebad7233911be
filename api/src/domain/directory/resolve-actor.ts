import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { Role } from '../shared/roles.js';
import type { DirectoryRepository } from './directory-repository.js';
import type { ActorFacts } from './person.js';

/** Roles come from the app's grants and from the directory's shape, never from the person's say-so. */
export function actorFromFacts(facts: ActorFacts): Actor {
  const roles = new Set<Role>(['staff', ...facts.appRoles]);
  if (facts.directReports > 0) roles.add('lineManager');
  if (facts.headOfServices > 0) roles.add('headOfService');
  // A paused champion is still one (their dashboard and log stay theirs); routing skips them.
  if (facts.championStatus === 'active' || facts.championStatus === 'paused') roles.add('champion');
  return { personId: facts.personId, displayName: facts.displayName, roles };
}

export async function resolveActor(
  directory: DirectoryRepository,
  key: { personId: string } | { entraObjectId: string },
): Promise<Actor> {
  const facts = await directory.actorFacts(key);
  if (!facts) {
    throw new AppError('forbidden', 'You are not in this council’s staff directory yet. Ask HR or an administrator to add you.');
  }
  if (facts.status === 'leaver') {
    throw new AppError('forbidden', 'Your account is marked as a leaver, so you can no longer use Digital Culture Hub.');
  }
  return actorFromFacts(facts);
}
