import type { Objective } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { moveObjective } from './move-objective.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { noticeOf, notifyAfterCommit } from './objective-notices.js';

/**
 * A manager in the person's chain (or HR) agrees a proposed objective. Of two managers
 * agreeing at once, one does and the other is told it is already agreed. The person is told.
 */
export async function agreeObjective(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: { comment?: string | undefined }): Promise<Objective> {
  const { objective } = await moveObjective(deps, actor, objectiveId, 'agree', (_, at) => ({
    // The earlier request for changes has been dealt with; it stays in the history.
    changes: { agreedAt: at, agreedBy: actor.personId, returnComment: null },
    comment: body.comment || null,
  }));
  const by = { id: actor.personId, displayName: actor.displayName };
  await notifyAfterCommit(deps, 'agreed', (notifier) => notifier.agreed(noticeOf(objective), by));
  return objective;
}

/** A manager sends a proposed objective back with what to change; the person sees the comment and is told. */
export async function returnObjective(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: { comment: string }): Promise<Objective> {
  const { objective } = await moveObjective(deps, actor, objectiveId, 'return', () => ({
    changes: { returnComment: body.comment },
    comment: body.comment,
  }));
  const by = { id: actor.personId, displayName: actor.displayName };
  await notifyAfterCommit(deps, 'returned', (notifier) => notifier.returned(noticeOf(objective), by));
  return objective;
}
