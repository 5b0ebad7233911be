import type { ChampionStatusChange, StatusChangeBody } from '../../../contracts/champions.js';
import { hasAnyRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { ChampionDeps } from './champion-deps.js';
import { applyMove, findPerson, PROGRAMME_LEADS } from './apply-move.js';
import type { ChampionMove } from './champion-transitions.js';

type AvailabilityMove = Extract<ChampionMove, 'pause' | 'resume' | 'step-down'>;

const WHAT: Record<AvailabilityMove, string> = {
  pause: 'pause',
  resume: 'resume',
  'step-down': 'step down',
};

/** A champion's own availability: they change it themselves, or the digital team or HR does for them. */
async function changeAvailability(
  deps: ChampionDeps,
  actor: Actor,
  personId: string,
  move: AvailabilityMove,
  body: StatusChangeBody,
): Promise<ChampionStatusChange> {
  if (personId !== actor.personId && !hasAnyRole(actor, PROGRAMME_LEADS)) {
    throw AppError.forbidden(`Only the champion themselves, the digital team and HR can ${WHAT[move]} a Digital Champion.`);
  }
  return applyMove(deps, actor, await findPerson(deps, personId), move, body.note);
}

/** Paused champions keep their record but are offered no requests or matches. */
export function pauseChampion(deps: ChampionDeps, actor: Actor, personId: string, body: StatusChangeBody = {}): Promise<ChampionStatusChange> {
  return changeAvailability(deps, actor, personId, 'pause', body);
}

export function resumeChampion(deps: ChampionDeps, actor: Actor, personId: string, body: StatusChangeBody = {}): Promise<ChampionStatusChange> {
  return changeAvailability(deps, actor, personId, 'resume', body);
}

export function stepDown(deps: ChampionDeps, actor: Actor, personId: string, body: StatusChangeBody = {}): Promise<ChampionStatusChange> {
  return changeAvailability(deps, actor, personId, 'step-down', body);
}
