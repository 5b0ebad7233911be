import type { ColumnType, Generated } from 'kysely';
import type { DateOnly, Timestamp } from './schema.js';

/** Objectives, service plans and the digital projects register (migration 0004), as Kysely sees them. */

type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type AppraisalYearStatus = 'planned' | 'open' | 'closed';
export type ObjectiveKindColumn = 'skill' | 'support' | 'project';
export type ObjectiveStatusColumn = 'draft' | 'proposed' | 'returned' | 'agreed' | 'in-progress' | 'completed' | 'withdrawn';
export type ObjectiveOutcomeColumn = 'achieved' | 'partly' | 'not-achieved';
export type ProjectStage = 'idea' | 'initiation' | 'planning' | 'delivery' | 'closing' | 'closed';
export type ProjectRag = 'green' | 'amber' | 'red';
export type PlanItemKind = 'objective' | 'project';
export type PlanItemStatus = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'done';

export interface AppraisalYearsTable {
  id: Generated<string>;
  label: string;
  starts_on: DateOnly;
  ends_on: DateOnly;
  agree_by: DateOnly;
  status: Defaulted<AppraisalYearStatus>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectsTable {
  id: Generated<string>;
  name: string;
  summary: Defaulted<string>;
  service_id: string | null;
  sponsor_person_id: string | null;
  stage: ProjectStage;
  rag: ProjectRag;
  starts_on: DateOnly | null;
  ends_on: DateOnly | null;
  digital_implications: Defaulted<string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_update_published_at: Timestamp | null;
}

export interface ProjectMembersTable {
  project_id: string;
  person_id: string;
  role: Defaulted<string>;
  added_at: Timestamp;
}

export interface ProjectFollowersTable {
  project_id: string;
  person_id: string;
  followed_at: Timestamp;
}

export interface ObjectivesTable {
  id: Generated<string>;
  person_id: string;
  year_id: string;
  kind: ObjectiveKindColumn;
  title: string;
  success_measure: Defaulted<string>;
  target_date: DateOnly | null;
  status: Defaulted<ObjectiveStatusColumn>;
  category_keys: TextArray;
  statement_key: string | null;
  statement_reason: 'gap' | 'decay' | null;
  supported_person_id: string | null;
  supports_as_champion: Defaulted<boolean>;
  project_id: string | null;
  progress: Defaulted<number>;
  last_check_in_at: Timestamp | null;
  return_comment: string | null;
  outcome: ObjectiveOutcomeColumn | null;
  outcome_comment: string | null;
  proposed_at: Timestamp | null;
  agreed_at: Timestamp | null;
  agreed_by: string | null;
  completed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ObjectiveEventsTable {
  id: Generated<string>;
  objective_id: string;
  from_status: ObjectiveStatusColumn | null;
  to_status: ObjectiveStatusColumn;
  actor_person_id: string | null;
  comment: string | null;
  at: Timestamp;
}

export interface ObjectiveCheckInsTable {
  id: Generated<string>;
  objective_id: string;
  note: string;
  progress: number;
  recorded_by: string | null;
  at: Timestamp;
}

export interface ServicePlansTable {
  id: Generated<string>;
  service_id: string;
  year_id: string;
  summary: Defaulted<string>;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServicePlanItemsTable {
  id: Generated<string>;
  plan_id: string;
  kind: PlanItemKind;
  title: string;
  owner_person_id: string | null;
  measure: Defaulted<string>;
  status: PlanItemStatus;
  project_id: string | null;
  position: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RemindersSentTable {
  topic: string;
  subject_id: string;
  period: string;
  person_id: string;
  sent_at: Timestamp;
}
