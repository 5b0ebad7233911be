import type { ChampionStatusChange } from '../api/src/contracts/champions.js';
import type { ChampionDeps } from '../api/src/domain/champions/lifecycle/champion-deps.js';
import { respondToInvitation } from '../api/src/domain/champions/lifecycle/respond-to-invitation.js';
import { volunteerAsChampion } from '../api/src/domain/champions/lifecycle/volunteer-as-champion.js';
import type { DirectoryRepository } from '../api/src/domain/directory/directory-repository.js';
import { resolveActor } from '../api/src/domain/directory/resolve-actor.js';
import type { Actor } from '../api/src/domain/shared/actor.js';

/** The champion use cases as the bot calls them: the same ones, with the same deps, as the HTTP routes. */
export interface ChampionBotUseCases {
  /** The person behind a Teams user, with their roles; an AppError when the directory does not know them. */
  actorFor(entraObjectId: string): Promise<Actor>;
  volunteer(actor: Actor): Promise<ChampionStatusChange>;
  respondToInvitation(actor: Actor, accept: boolean): Promise<ChampionStatusChange>;
}

export function bindChampionUseCases(deps: ChampionDeps, directory: DirectoryRepository): ChampionBotUseCases {
  return {
    actorFor: (entraObjectId) => resolveActor(directory, { entraObjectId }),
    volunteer: (actor) => volunteerAsChampion(deps, actor),
    respondToInvitation: (actor, accept) => respondToInvitation(deps, actor, { accept }),
  };
}
