import type { ChampionStatusChange, StatusChangeBody } from '../../../contracts/champions.js';
import type { Actor } from '../../shared/actor.js';
import type { ChampionDeps } from './champion-deps.js';
import { applyMove, findPerson } from './apply-move.js';

/** Anyone on the staff offers to be a Digital Champion; the digital team then approves or declines. */
export async function volunteerAsChampion(deps: ChampionDeps, actor: Actor, body: StatusChangeBody = {}): Promise<ChampionStatusChange> {
  const me = await findPerson(deps, actor.personId);
  return applyMove(deps, actor, me, 'volunteer', body.note);
}
