import type { CheckInBody, Objective } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { moveObjective } from './move-objective.js';
import type { ObjectiveDeps } from './objective-deps.js';

/** The person or their manager notes progress on an agreed objective; the first check-in puts it in progress. */
export async function recordCheckIn(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: CheckInBody): Promise<Objective> {
  const { objective } = await moveObjective(deps, actor, objectiveId, 'check-in', (_, at) => ({
    changes: { progress: body.progress, lastCheckInAt: at },
    comment: null,
    checkIn: { note: body.note, progress: body.progress },
  }));
  return objective;
}
