import type { Objective, ObjectiveFromReportBody } from '../../contracts/objectives.js';
import { outcomeOf } from '../audit/scoring.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { ObjectiveDeps } from './objective-deps.js';
import { objectiveDtoFor } from './objective-dto.js';
import { objectiveNotFound } from './objective-access.js';
import { yearForNewObjective } from './objective-year.js';
import { suggestedTargetDate, suggestedWording } from './suggested-wording.js';

const OWNER = { owner: true, manager: false } as const;

interface FoundStatement {
  key: string;
  text: string;
  categoryKey: string;
}

const REASON_WORDS = { gap: 'a gap', decay: 'a skill to refresh' } as const;

/** The statement, if it is a gap (or decay, as asked) in the person's latest submitted audit. */
async function statementInLatestAudit(deps: ObjectiveDeps, personId: string, body: ObjectiveFromReportBody): Promise<FoundStatement> {
  const refuse = (message: string) => AppError.validation([{ field: 'body.statementKey', message }]);
  const [latest] = await deps.audit.responses.listSubmitted(personId);
  if (!latest) throw refuse('has no audit to come from: take the skills audit first');
  const response = await deps.audit.responses.findSubmitted(latest.id);
  const framework = response ? await deps.audit.frameworks.get(response.frameworkVersionId) : undefined;
  if (!response || !framework) throw new Error(`submitted response ${latest.id} or its framework is missing`);
  const statement = [...framework.statements.values()].find((candidate) => candidate.key === body.statementKey);
  const answer = statement ? response.answers.find((given) => given.statementId === statement.id)?.answer : undefined;
  if (!statement || answer === undefined || outcomeOf(answer) !== body.reason) {
    throw refuse(`is not ${REASON_WORDS[body.reason]} in your latest skills audit`);
  }
  return { key: statement.key, text: statement.text, categoryKey: statement.categoryKey };
}

/**
 * "Make this my objective": a gap or decay in the person's latest audit becomes a draft skill
 * objective, linked to the statement's skill, with wording they can change before proposing.
 */
export async function createObjectiveFromReport(deps: ObjectiveDeps, actor: Actor, body: ObjectiveFromReportBody): Promise<Objective> {
  const year = await yearForNewObjective(deps, {});
  const statement = await statementInLatestAudit(deps, actor.personId, body);
  const now = deps.clock.now();
  const targetDate = suggestedTargetDate(now, year);
  const id = await deps.objectives.create({
    kind: 'skill',
    ...suggestedWording(statement.text, body.reason, targetDate),
    targetDate,
    categoryKeys: [statement.categoryKey],
    supportedPersonId: null,
    supportsAsChampion: false,
    projectId: null,
    personId: actor.personId,
    yearId: year.id,
    statementKey: statement.key,
    statementReason: body.reason,
    at: now,
  });
  const record = await deps.objectives.find(id);
  if (!record) throw objectiveNotFound();
  return objectiveDtoFor(deps, record, OWNER);
}
