import type { Objective, ObjectiveDetail, ObjectiveSettings } from '../../contracts/objectives.js';
import { addDays, councilDate } from '../audit/campaign-window.js';
import type { FrameworkRepository } from '../audit/framework-repository.js';
import { closedYearAllows } from './objective-access.js';
import type { CheckInRecord, EventRecord, ObjectiveRecord } from './objective-repository.js';
import { availableActions, nextStep, type Relation } from './objective-workflow.js';

/** Names from the current framework: an objective keeps category and statement keys, which outlive versions. */
export interface FrameworkTerms {
  categoryTitles: ReadonlyMap<string, string>;
  statementTexts: ReadonlyMap<string, string>;
}

export async function frameworkTerms(frameworks: Pick<FrameworkRepository, 'current'>): Promise<FrameworkTerms> {
  const framework = await frameworks.current();
  const categories = framework?.categories ?? [];
  return {
    categoryTitles: new Map(categories.map((category) => [category.key, category.title])),
    statementTexts: new Map(categories.flatMap((category) => category.statements.map((statement) => [statement.key, statement.text] as const))),
  };
}

/** When the next check-in is due: a set time after agreement or the last check-in, while the objective is under way. */
export function checkInDueOn(record: Pick<ObjectiveRecord, 'status' | 'lastCheckInAt' | 'agreedAt'>, settings: Pick<ObjectiveSettings, 'checkInEveryDays'>): string | null {
  if (record.status !== 'agreed' && record.status !== 'in-progress') return null;
  const since = record.lastCheckInAt ?? record.agreedAt;
  return since ? addDays(councilDate(since), settings.checkInEveryDays) : null;
}

const iso = (at: Date | null): string | null => (at ? at.toISOString() : null);

/** The objective as the one asking sees it: what they may do now and what comes next for them. */
export function toObjectiveDto(record: ObjectiveRecord, relation: Relation, terms: FrameworkTerms, settings: Pick<ObjectiveSettings, 'checkInEveryDays'>): Objective {
  const actions = availableActions(record.status, relation).filter((action) => record.year.status !== 'closed' || closedYearAllows(action));
  return {
    id: record.id,
    person: record.person,
    year: { id: record.year.id, label: record.year.label, status: record.year.status },
    kind: record.kind,
    title: record.title,
    successMeasure: record.successMeasure,
    targetDate: record.targetDate,
    status: record.status,
    // A key the current framework no longer has is shown as it is rather than dropped.
    skills: record.categoryKeys.map((key) => ({ key, title: terms.categoryTitles.get(key) ?? key })),
    fromStatement:
      record.statementKey !== null && record.statementReason !== null
        ? { key: record.statementKey, text: terms.statementTexts.get(record.statementKey) ?? record.statementKey, reason: record.statementReason }
        : null,
    supportedPerson: record.supportedPerson,
    supportsAsChampion: record.supportsAsChampion,
    project: record.project,
    progress: record.progress,
    lastCheckInAt: iso(record.lastCheckInAt),
    checkInDueOn: checkInDueOn(record, settings),
    returnComment: record.returnComment,
    outcome: record.outcome,
    outcomeComment: record.outcomeComment,
    agreedBy: record.agreedBy,
    agreedAt: iso(record.agreedAt),
    proposedAt: iso(record.proposedAt),
    completedAt: iso(record.completedAt),
    updatedAt: record.updatedAt.toISOString(),
    nextStep: nextStep(record.status, relation.owner ? 'owner' : 'manager'),
    actions,
  };
}

export function toObjectiveDetail(objective: Objective, history: { checkIns: CheckInRecord[]; events: EventRecord[] }): ObjectiveDetail {
  return {
    ...objective,
    checkIns: history.checkIns.map((checkIn) => ({ id: checkIn.id, note: checkIn.note, progress: checkIn.progress, by: checkIn.by, at: checkIn.at.toISOString() })),
    history: history.events.map((event) => ({
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      by: event.by,
      comment: event.comment,
      at: event.at.toISOString(),
    })),
  };
}

/** One objective's DTO, reading the framework's names and the check-in interval. */
export async function objectiveDtoFor(
  deps: { frameworks: Pick<FrameworkRepository, 'current'>; settings: { get(): Promise<Pick<ObjectiveSettings, 'checkInEveryDays'>> } },
  record: ObjectiveRecord,
  relation: Relation,
): Promise<Objective> {
  const [terms, settings] = await Promise.all([frameworkTerms(deps.frameworks), deps.settings.get()]);
  return toObjectiveDto(record, relation, terms, settings);
}
