import type { Objective } from '../../contracts/objectives.js';
import type { Actor } from '../shared/actor.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { objectiveDtoFor } from './objective-dto.js';
import { checkObjectiveInput } from './objective-input.js';
import { objectiveNotFound } from './objective-access.js';
import { yearForNewObjective } from './objective-year.js';

const OWNER = { owner: true, manager: false } as const;

/** Anyone writes a draft objective of their own, in the open year unless they name another. */
export async function createObjective(deps: ObjectiveDeps, actor: Actor, body: unknown): Promise<Objective> {
  const year = await yearForNewObjective(deps, body);
  const fields = await checkObjectiveInput(deps, body, year, actor.personId);
  const id = await deps.objectives.create({
    ...fields,
    personId: actor.personId,
    yearId: year.id,
    statementKey: null,
    statementReason: null,
    at: deps.clock.now(),
  });
  const record = await deps.objectives.find(id);
  if (!record) throw objectiveNotFound();
  return objectiveDtoFor(deps, record, OWNER);
}
