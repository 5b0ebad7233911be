import type { ChampionStatusChange, InvitationAnswerBody } from '../../../contracts/champions.js';
import type { Actor } from '../../shared/actor.js';
import type { ChampionDeps } from './champion-deps.js';
import { applyMove, findPerson } from './apply-move.js';

/** The invited person says yes (they become an active champion at once) or no thanks. Only they can answer. */
export async function respondToInvitation(deps: ChampionDeps, actor: Actor, body: InvitationAnswerBody): Promise<ChampionStatusChange> {
  const me = await findPerson(deps, actor.personId);
  return applyMove(deps, actor, me, body.accept ? 'accept-invitation' : 'decline-invitation', body.note);
}
