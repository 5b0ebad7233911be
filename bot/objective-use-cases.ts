import type { MyObjectives, Objective, ObjectiveDetail } from '../api/src/contracts/objectives.js';
import { resolveActor } from '../api/src/domain/directory/resolve-actor.js';
import { getObjective } from '../api/src/domain/objectives/get-objective.js';
import { listMyObjectives } from '../api/src/domain/objectives/list-my-objectives.js';
import type { ObjectiveDeps } from '../api/src/domain/objectives/objective-deps.js';
import { agreeObjective, returnObjective } from '../api/src/domain/objectives/review-objective.js';
import type { Actor } from '../api/src/domain/shared/actor.js';

/** The objective use cases as the bot calls them: the same ones, with the same deps, as the HTTP routes. */
export interface ObjectiveBotUseCases {
  /** The person behind a Teams user, with their roles; an AppError when the directory does not know them. */
  actorFor(entraObjectId: string): Promise<Actor>;
  listMine(actor: Actor): Promise<MyObjectives>;
  get(actor: Actor, objectiveId: string): Promise<ObjectiveDetail>;
  agree(actor: Actor, objectiveId: string): Promise<Objective>;
  return(actor: Actor, objectiveId: string, comment: string): Promise<Objective>;
}

export function bindObjectiveUseCases(deps: ObjectiveDeps): ObjectiveBotUseCases {
  return {
    actorFor: (entraObjectId) => resolveActor(deps.directory, { entraObjectId }),
    listMine: (actor) => listMyObjectives(deps, actor, {}),
    get: (actor, objectiveId) => getObjective(deps, actor, objectiveId),
    agree: (actor, objectiveId) => agreeObjective(deps, actor, objectiveId, {}),
    return: (actor, objectiveId, comment) => returnObjective(deps, actor, objectiveId, { comment }),
  };
}
