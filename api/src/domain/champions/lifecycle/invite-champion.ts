import type { ChampionStatusChange, InviteChampionBody } from '../../../contracts/champions.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { ChampionDeps } from './champion-deps.js';
import { applyMove, findPerson, requireProgrammeLead } from './apply-move.js';

/**
 * The digital team invites a colleague (usually a champion candidate from the audit).
 * The bot sends them the invitation with Accept and No thanks; the tab offers the same.
 */
export async function inviteChampion(deps: ChampionDeps, actor: Actor, body: InviteChampionBody): Promise<ChampionStatusChange> {
  requireProgrammeLead(actor, 'invite someone to be a Digital Champion');
  const person = await findPerson(deps, body.personId);
  if (person.personStatus === 'leaver') {
    throw new AppError('conflict', `${person.displayName} has left the council, so cannot be invited.`);
  }
  return applyMove(deps, actor, person, 'invite', body.note);
}
