import type { Objective, ObjectiveInput } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { findVisible, objectiveNotFound, requireAllowed } from './objective-access.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { objectiveDtoFor } from './objective-dto.js';
import { checkObjectiveInput } from './objective-input.js';
import type { ObjectiveRecord } from './objective-repository.js';

/** The objective as its form shows it, for fields a change leaves out. */
function asWritten(record: ObjectiveRecord): Partial<ObjectiveInput> {
  return {
    kind: record.kind,
    title: record.title,
    successMeasure: record.successMeasure,
    ...(record.targetDate !== null ? { targetDate: record.targetDate } : {}),
    categoryKeys: record.categoryKeys,
    supportedPersonId: record.supportedPerson?.id ?? null,
    supportsAsChampion: record.supportsAsChampion,
    projectId: record.project?.id ?? null,
  };
}

/**
 * The person changes a draft or a returned objective. Fields left out keep their value; the
 * result is checked as a whole, as when it was written. A change that lands after the
 * objective has moved on (proposed from another tab, say) is refused with the reason.
 */
export async function updateObjective(deps: ObjectiveDeps, actor: Actor, objectiveId: string, body: unknown): Promise<Objective> {
  const { record, relation } = await findVisible(deps, actor, objectiveId);
  requireAllowed('edit', record, relation);
  const changes = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  const fields = await checkObjectiveInput(deps, { ...asWritten(record), ...changes }, record.year, record.person.id);
  if (!(await deps.objectives.edit(objectiveId, record.status, fields, deps.clock.now()))) {
    const now = await deps.objectives.find(objectiveId);
    if (!now) throw objectiveNotFound();
    requireAllowed('edit', now, relation);
    throw new AppError('conflict', 'This objective changed while you were editing it: look at it again and retry.');
  }
  const saved = await deps.objectives.find(objectiveId);
  if (!saved) throw objectiveNotFound();
  return objectiveDtoFor(deps, saved, relation);
}
