import type { Objective } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { moveObjective } from './move-objective.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { noticeOf, notifyAfterCommit } from './objective-notices.js';

/** The person puts a draft (or a returned objective they have changed) to their manager. */
export async function proposeObjective(deps: ObjectiveDeps, actor: Actor, objectiveId: string): Promise<Objective> {
  const { objective, record } = await moveObjective(deps, actor, objectiveId, 'propose', (_, at) => ({ changes: { proposedAt: at }, comment: null }));
  // The card goes to the direct line manager; someone with none has it agreed higher up or by HR, from the tab.
  const managerId = record.lineManagerId;
  if (managerId) await notifyAfterCommit(deps, 'proposed', (notifier) => notifier.proposed(noticeOf(objective), managerId));
  return objective;
}
