import type { ChampionStatusChange } from '../../../contracts/champions.js';
import { hasAnyRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { ChampionDeps, StoredChampion } from './champion-deps.js';
import { historyOf, personRefOf } from './champion-profile.js';
import { nextStatus, type ChampionMove, type Subject } from './champion-transitions.js';

/** The digital team runs the champions network and HR approves champions with them. */
export const PROGRAMME_LEADS = ['digital', 'hr'] as const;

export function requireProgrammeLead(actor: Actor, action: string): void {
  if (!hasAnyRole(actor, PROGRAMME_LEADS)) throw AppError.forbidden(`Only the digital team and HR can ${action}.`);
}

export function subjectFor(actor: Actor, champion: Pick<StoredChampion, 'personId' | 'displayName'>): Subject {
  return { self: actor.personId === champion.personId, displayName: champion.displayName };
}

/** The person a move is about; 404 when the directory has no such person. */
export async function findPerson(deps: Pick<ChampionDeps, 'champions'>, personId: string): Promise<StoredChampion> {
  const found = await deps.champions.find(personId);
  if (!found) throw AppError.notFound('That person');
  return found;
}

/**
 * Makes one move on a person's record: checks it against the lifecycle table, writes the
 * new status and its history entry together, and tells the person if someone else made it.
 * The write is conditional on the status it was decided from, so of two changes made at
 * once only one lands; the other gets the reason its move no longer makes sense.
 */
export async function applyMove(
  deps: ChampionDeps,
  actor: Actor,
  champion: StoredChampion,
  move: ChampionMove,
  note: string | undefined,
): Promise<ChampionStatusChange> {
  const subject = subjectFor(actor, champion);
  const to = nextStatus(move, champion.status, subject);
  const cleanNote = note?.trim() ? note.trim() : null;
  const written = await deps.champions.changeStatus({
    personId: champion.personId,
    from: champion.status,
    to,
    actorPersonId: actor.personId,
    note: cleanNote,
    at: deps.clock.now(),
  });
  if (!written) {
    const now = await deps.champions.find(champion.personId);
    nextStatus(move, now?.status ?? null, subject);
    throw new AppError('conflict', 'This record changed while you were changing it. Look at it again and try once more.');
  }
  const person = personRefOf(champion);
  const personTold = subject.self
    ? null
    : await deps.notifier.notify({ move, person, by: { id: actor.personId, displayName: actor.displayName }, note: cleanNote });
  return { person, status: to, history: await historyOf(deps, champion.personId), personTold };
}
