import type { Db } from '../../api/src/db/database.js';
import type {
  AppraisalYearStatus,
  ObjectiveKindColumn,
  ObjectiveStatusColumn,
  ProjectRag,
  ProjectStage,
} from '../../api/src/db/schema.js';

let counter = 0;

export interface AppraisalYearOverrides {
  label?: string;
  startsOn?: string;
  endsOn?: string;
  agreeBy?: string;
  status?: AppraisalYearStatus;
}

/** An appraisal year, open by default: April 2026 to March 2027, objectives agreed by the end of June. */
export async function buildAppraisalYear(db: Db, overrides: AppraisalYearOverrides = {}): Promise<string> {
  const row = await db
    .insertInto('appraisal_years')
    .values({
      label: overrides.label ?? '2026/27',
      starts_on: overrides.startsOn ?? '2026-04-01',
      ends_on: overrides.endsOn ?? '2027-03-31',
      agree_by: overrides.agreeBy ?? '2026-06-30',
      status: overrides.status ?? 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ObjectiveOverrides {
  kind?: ObjectiveKindColumn;
  title?: string;
  successMeasure?: string;
  targetDate?: string | null;
  status?: ObjectiveStatusColumn;
  categoryKeys?: string[];
  projectId?: string | null;
  supportedPersonId?: string | null;
  progress?: number;
  lastCheckInAt?: Date | null;
  agreedAt?: Date | null;
  proposedAt?: Date | null;
  outcome?: 'achieved' | 'partly' | 'not-achieved' | null;
}

/** One objective for a person in a year, written straight to the table (a draft skill objective unless told). */
export async function buildObjective(db: Db, personId: string, yearId: string, overrides: ObjectiveOverrides = {}): Promise<string> {
  counter += 1;
  const status = overrides.status ?? 'draft';
  const completed = status === 'completed';
  const row = await db
    .insertInto('objectives')
    .values({
      person_id: personId,
      year_id: yearId,
      kind: overrides.kind ?? 'skill',
      title: overrides.title ?? `Objective ${counter}: get confident with shared files`,
      success_measure: overrides.successMeasure ?? 'I keep my team’s files in SharePoint and share links, not attachments.',
      target_date: overrides.targetDate === undefined ? '2026-12-31' : overrides.targetDate,
      status,
      category_keys: overrides.categoryKeys ?? (overrides.kind && overrides.kind !== 'skill' ? [] : ['managing-information']),
      project_id: overrides.projectId ?? null,
      supported_person_id: overrides.supportedPersonId ?? null,
      progress: overrides.progress ?? 0,
      last_check_in_at: overrides.lastCheckInAt ?? null,
      proposed_at: overrides.proposedAt ?? (status === 'draft' ? null : new Date('2026-05-01T09:00:00Z')),
      agreed_at: overrides.agreedAt ?? (['agreed', 'in-progress', 'completed'].includes(status) ? new Date('2026-05-08T09:00:00Z') : null),
      outcome: overrides.outcome ?? (completed ? 'achieved' : null),
      outcome_comment: completed ? 'Well done.' : null,
      completed_at: completed ? new Date('2027-03-20T09:00:00Z') : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ProjectOverrides {
  name?: string;
  serviceId?: string | null;
  sponsorPersonId?: string | null;
  stage?: ProjectStage;
  rag?: ProjectRag;
  digitalImplications?: string;
}

/** One register project, in delivery and green unless told. */
export async function buildProject(db: Db, overrides: ProjectOverrides = {}): Promise<string> {
  counter += 1;
  const row = await db
    .insertInto('projects')
    .values({
      name: overrides.name ?? `Test project ${counter}`,
      summary: 'A project made by a test.',
      service_id: overrides.serviceId ?? null,
      sponsor_person_id: overrides.sponsorPersonId ?? null,
      stage: overrides.stage ?? 'delivery',
      rag: overrides.rag ?? 'green',
      starts_on: '2026-04-01',
      ends_on: '2027-03-31',
      digital_implications: overrides.digitalImplications ?? 'Staff will use a new online form.',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
