import type { Objective } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { moveObjective } from './move-objective.js';
import type { ObjectiveDeps } from './objective-deps.js';

/** The person drops an objective that is not yet agreed; it stays in their history as withdrawn. */
export async function withdrawObjective(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: { comment?: string | undefined }): Promise<Objective> {
  const { objective } = await moveObjective(deps, actor, objectiveId, 'withdraw', () => ({ changes: {}, comment: body.comment || null }));
  return objective;
}
