import { hasAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { ObjectiveDeps } from './objective-deps.js';
import type { ObjectiveRecord } from './objective-repository.js';
import { requireMove, mayTake, type Relation } from './objective-workflow.js';
import type { ObjectiveAction, ObjectiveStatus } from '../../contracts/objectives.js';

/**
 * Who stands how to an objective. The owner is the person; a manager is anyone in the
 * person's management chain (direct or indirect, from the directory) or HR, never the
 * person themselves. Nobody else learns that the objective exists.
 */
export async function relationTo(deps: Pick<ObjectiveDeps, 'directory'>, actor: Actor, record: Pick<ObjectiveRecord, 'person'>): Promise<Relation> {
  const owner = actor.personId === record.person.id;
  if (owner) return { owner: true, manager: false };
  const manager = hasAnyRole(actor, ['hr']) || (await deps.directory.isInManagementChain(actor.personId, record.person.id));
  return { owner: false, manager };
}

export function canSee(relation: Relation): boolean {
  return relation.owner || relation.manager;
}

export function objectiveNotFound(): AppError {
  return AppError.notFound('That objective');
}

/** The objective and how the actor stands to it; 404 when they may not see it (or it does not exist). */
export async function findVisible(
  deps: Pick<ObjectiveDeps, 'objectives' | 'directory'>,
  actor: Actor,
  objectiveId: string,
): Promise<{ record: ObjectiveRecord; relation: Relation }> {
  const record = await deps.objectives.find(objectiveId);
  if (!record) throw objectiveNotFound();
  const relation = await relationTo(deps, actor, record);
  if (!canSee(relation)) throw objectiveNotFound();
  return { record, relation };
}

/** A closed year's objectives are kept as they were; only outcomes, which come at year end, may still be recorded. */
export function closedYearAllows(action: ObjectiveAction): boolean {
  return action === 'record-outcome';
}

/**
 * 403 when the actor may never take the action, then 409 when the year is closed or the
 * objective's status does not allow it now. Returns the status the move leads to.
 */
export function requireAllowed(action: ObjectiveAction, record: Pick<ObjectiveRecord, 'status' | 'year'>, relation: Relation): ObjectiveStatus {
  if (mayTake(action, relation) && record.year.status === 'closed' && !closedYearAllows(action)) {
    throw new AppError('conflict', `The appraisal year ${record.year.label} is closed: its objectives can no longer be changed, only have an outcome recorded.`);
  }
  return requireMove(action, record.status, relation);
}
