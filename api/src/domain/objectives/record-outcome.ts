import type { Objective, OutcomeBody } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { moveObjective } from './move-objective.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { noticeOf, notifyAfterCommit } from './objective-notices.js';

/**
 * At year end a manager in the chain (or HR) records how it went, with a comment. It may be
 * done after the year has closed: outcomes are often written up late. The person is told.
 */
export async function recordOutcome(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: OutcomeBody): Promise<Objective> {
  const { objective } = await moveObjective(deps, actor, objectiveId, 'record-outcome', (_, at) => ({
    changes: { outcome: body.outcome, outcomeComment: body.comment, completedAt: at },
    comment: body.comment,
  }));
  const by = { id: actor.personId, displayName: actor.displayName };
  await notifyAfterCommit(deps, 'outcomeRecorded', (notifier) => notifier.outcomeRecorded(noticeOf(objective), by));
  return objective;
}
