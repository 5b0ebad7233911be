import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { Role } from '../shared/roles.js';
import type { ActorKey, DirectoryRepository } from './directory-repository.js';
import type { ActorFacts, Person } from './person.js';

/** Roles come from the app's grants and from the directory's shape, never from the person's say-so. */
export function actorFromFacts(facts: ActorFacts): Actor {
  const roles = new Set<Role>(['staff', ...facts.appRoles]);
  if (facts.directReports > 0) roles.add('lineManager');
  if (facts.headOfServices > 0) roles.add('headOfService');
  // A paused champion is still one (their dashboard and log stay theirs); routing skips them.
  if (facts.championStatus === 'active' || facts.championStatus === 'paused') roles.add('champion');
  return { personId: facts.person.id, displayName: facts.person.displayName, roles };
}

/** Who is asking, and their directory entry (what "who am I" shows), from one query. */
export interface SignedIn {
  actor: Actor;
  person: Person;
}

export async function resolveSignedIn(directory: DirectoryRepository, key: Exclude<ActorKey, { sessionTokenHash: string }>): Promise<SignedIn> {
  const facts = await directory.actorFacts(key);
  if (!facts) {
    throw new AppError('forbidden', 'You are not in this council’s staff directory yet. Ask HR or an administrator to add you.');
  }
  return activeSignedIn(facts);
}

export async function resolveActor(directory: DirectoryRepository, key: Exclude<ActorKey, { sessionTokenHash: string }>): Promise<Actor> {
  return (await resolveSignedIn(directory, key)).actor;
}

/** Who a dev sign-in session acts for; undefined when the session is unknown or over. */
export async function resolveSession(directory: DirectoryRepository, key: Extract<ActorKey, { sessionTokenHash: string }>): Promise<SignedIn | undefined> {
  const facts = await directory.actorFacts(key);
  return facts && activeSignedIn(facts);
}

function activeSignedIn(facts: ActorFacts): SignedIn {
  if (facts.person.status === 'leaver') {
    throw new AppError('forbidden', 'Your account is marked as a leaver, so you can no longer use Digital Culture Hub.');
  }
  return { actor: actorFromFacts(facts), person: facts.person };
}
