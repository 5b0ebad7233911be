import type { DropIn } from '../../../contracts/drop-ins.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { currentCategories } from '../support-log/skill-categories.js';
import type { DropInDeps } from './drop-in-deps.js';
import { noticeFor, requireDropIn, toDropInDto } from './drop-in-dto.js';
import { REGISTRATION_REFUSALS } from './drop-in-rules.js';

async function currentView(deps: DropInDeps, actor: Actor, id: string, now: Date): Promise<DropIn> {
  const [record, categories] = await Promise.all([requireDropIn(deps, id, actor), currentCategories(deps.frameworks)]);
  return toDropInDto(record, actor, categories, now);
}

/**
 * Anyone signed in books a place. The database decides, under a lock on the session, so
 * twenty people pressing at once for the last five places give exactly five bookings.
 */
export async function registerForDropIn(deps: DropInDeps, actor: Actor, id: string): Promise<DropIn> {
  const now = deps.clock.now();
  const result = await deps.dropIns.register(id, actor.personId, now);
  if (result.kind === 'not-found') throw AppError.notFound('That drop-in session');
  if (result.kind === 'refused') throw new AppError('conflict', REGISTRATION_REFUSALS[result.reason]);

  const record = await requireDropIn(deps, id, actor);
  await deps.notifier.registered(noticeFor(record, { id: actor.personId, displayName: actor.displayName }));
  return currentView(deps, actor, id, now);
}

/** Gives a place back, so someone else can have it; up to the moment the session starts. */
export async function cancelRegistration(deps: DropInDeps, actor: Actor, id: string): Promise<DropIn> {
  const now = deps.clock.now();
  const result = await deps.dropIns.cancelRegistration(id, actor.personId, now);
  if (result === 'not-found') throw AppError.notFound('That drop-in session');
  if (result === 'not-registered') throw new AppError('conflict', 'You do not have a place at this drop-in session.');
  if (result === 'started') throw new AppError('conflict', 'This drop-in session has already started, so your place can no longer be cancelled.');
  return currentView(deps, actor, id, now);
}
