import type { ObjectiveDetail } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import { findVisible } from './objective-access.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { objectiveDtoFor, toObjectiveDetail } from './objective-dto.js';

/**
 * One objective with its check-ins and history, for the person, their management chain and
 * HR; anyone else is told it was not found. Every read by someone other than the person is
 * written to the audit log.
 */
export async function getObjective(deps: ObjectiveDeps, actor: Actor, objectiveId: string): Promise<ObjectiveDetail> {
  const { record, relation } = await findVisible(deps, actor, objectiveId);
  if (!relation.owner) {
    await deps.auditLog.record({
      actorPersonId: actor.personId,
      action: 'read',
      resource: 'objective',
      subjectPersonId: record.person.id,
      details: { objectiveId, yearId: record.year.id },
    });
  }
  const [objective, history] = await Promise.all([objectiveDtoFor(deps, record, relation), deps.objectives.historyOf(objectiveId)]);
  return toObjectiveDetail(objective, history);
}
