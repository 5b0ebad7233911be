import type { ChampionStatusChange, StatusChangeBody } from '../../../contracts/champions.js';
import type { Actor } from '../../shared/actor.js';
import type { ChampionDeps } from './champion-deps.js';
import { applyMove, findPerson, requireProgrammeLead } from './apply-move.js';

/** The digital team takes a volunteer on: they become an active champion. */
export async function approveChampion(deps: ChampionDeps, actor: Actor, personId: string, body: StatusChangeBody = {}): Promise<ChampionStatusChange> {
  requireProgrammeLead(actor, 'approve a Digital Champion volunteer');
  return applyMove(deps, actor, await findPerson(deps, personId), 'approve', body.note);
}

/** The digital team does not take a volunteer forward (they can volunteer again later). */
export async function declineChampion(deps: ChampionDeps, actor: Actor, personId: string, body: StatusChangeBody = {}): Promise<ChampionStatusChange> {
  requireProgrammeLead(actor, 'decline a Digital Champion volunteer');
  return applyMove(deps, actor, await findPerson(deps, personId), 'decline', body.note);
}
