import type { Objective, ObjectiveAction } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { findVisible, objectiveNotFound, requireAllowed } from './objective-access.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { objectiveDtoFor } from './objective-dto.js';
import type { MoveChanges, ObjectiveRecord } from './objective-repository.js';
import type { Relation } from './objective-workflow.js';

/** What a move writes besides the status: its columns, the event's comment, a check-in's note. */
export interface MoveWrite {
  changes: MoveChanges;
  comment: string | null;
  checkIn?: { note: string; progress: number };
}

export interface MovedObjective {
  objective: Objective;
  record: ObjectiveRecord;
  relation: Relation;
}

/** A move racing another sees the other's result; a few tries are plenty (only check-ins ever retry). */
const ATTEMPTS = 3;

/**
 * Takes one action on an objective: checks who may and whether the status allows it now,
 * then writes the move conditionally on the status it read. When someone else moved it
 * first, the check runs again on what they left: usually a 409 with the reason (a second
 * Agree is told it is already agreed); a check-in after a check-in simply goes ahead.
 */
export async function moveObjective(
  deps: ObjectiveDeps,
  actor: Actor,
  objectiveId: string,
  action: ObjectiveAction,
  write: (record: ObjectiveRecord, at: Date) => MoveWrite,
): Promise<MovedObjective> {
  const visible = await findVisible(deps, actor, objectiveId);
  const { relation } = visible;
  let { record } = visible;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const to = requireAllowed(action, record, relation);
    const at = deps.clock.now();
    const { changes, comment, checkIn } = write(record, at);
    const moved = await deps.objectives.move({
      objectiveId,
      from: record.status,
      to,
      actorId: actor.personId,
      comment,
      at,
      changes,
      ...(checkIn ? { checkIn } : {}),
    });
    const now = await deps.objectives.find(objectiveId);
    if (!now) throw objectiveNotFound();
    if (moved) return { objective: await objectiveDtoFor(deps, now, relation), record: now, relation };
    record = now;
  }
  throw new AppError('conflict', 'This objective kept changing while you were saving: look at it again and retry.');
}
