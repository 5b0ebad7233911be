import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  ChampionEventsTable,
  ChampionMatchesTable,
  ChampionsTable,
  DropInRegistrationsTable,
  DropInSessionsTable,
  HelpRequestCardsTable,
  HelpRequestOffersTable,
  HelpRequestsTable,
  HowToGuidesTable,
  MatchingOptInsTable,
  MatchRunsTable,
  SupportSessionsTable,
} from './schema-champions.js';
import type {
  AppraisalYearsTable,
  ObjectiveCheckInsTable,
  ObjectiveEventsTable,
  ObjectivesTable,
  ProjectFollowersTable,
  ProjectMembersTable,
  ProjectsTable,
  RemindersSentTable,
  ServicePlanItemsTable,
  ServicePlansTable,
} from './schema-objectives.js';

export type * from './schema-champions.js';
export type * from './schema-objectives.js';

/** Column types as Kysely sees them; rows never leave db/ (use cases return DTOs). */

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DateOnly = ColumnType<string, string, string>;
export type Json<T> = ColumnType<T, string, string>;

export interface ServicesTable {
  id: Generated<string>;
  name: string;
  head_person_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SitesTable {
  id: Generated<string>;
  name: string;
  kind: 'office' | 'depot' | 'library' | 'community' | 'remote';
  created_at: Timestamp;
}

export interface PeopleTable {
  id: Generated<string>;
  entra_object_id: string | null;
  email: string;
  display_name: string;
  job_title: string | null;
  service_id: string | null;
  site_id: string | null;
  line_manager_id: string | null;
  status: 'active' | 'leaver';
  left_on: DateOnly | null;
  anonymised_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleAssignmentsTable {
  person_id: string;
  role: 'hr' | 'digital' | 'policy' | 'admin';
  granted_by: string | null;
  granted_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  person_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ConversationReferencesTable {
  conversation_id: string;
  person_id: string | null;
  scope: 'personal' | 'team' | 'groupChat';
  tenant_id: string | null;
  team_id: string | null;
  channel_id: string | null;
  team_name: string | null;
  channel_name: string | null;
  service_url: string;
  reference: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  action: string;
  method: string;
  path: string;
  body: Json<unknown> | null;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_person_id: string | null;
  action: string;
  resource: string;
  subject_person_id: string | null;
  details: Json<Record<string, unknown>>;
}

export interface DirectoryImportsTable {
  id: Generated<string>;
  imported_by: string | null;
  source: 'csv' | 'graph';
  content_sha256: string | null;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  at: Timestamp;
}

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface FrameworkVersionsTable {
  id: Generated<string>;
  version: number;
  name: string;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface FrameworkCategoriesTable {
  id: Generated<string>;
  framework_version_id: string;
  key: string;
  title: string;
  description: string;
  basic: boolean;
  position: number;
}

export interface FrameworkStatementsTable {
  id: Generated<string>;
  framework_version_id: string;
  category_id: string;
  key: string;
  text: string;
  help_text: string;
  example: string;
  context: 'life' | 'work';
  position: number;
}

export interface AuditCampaignsTable {
  id: Generated<string>;
  name: string;
  opens_on: DateOnly;
  closes_on: DateOnly;
  framework_version_id: string;
  population_kind: 'everyone' | 'chosen';
  service_ids: ColumnType<string[], string[] | undefined, string[]>;
  site_ids: ColumnType<string[], string[] | undefined, string[]>;
  reminder_days: ColumnType<number[], number[] | undefined, number[]>;
  status: ColumnType<'draft' | 'launched' | 'closed', 'draft' | 'launched' | 'closed' | undefined, 'draft' | 'launched' | 'closed'>;
  created_by: string | null;
  created_at: Timestamp;
  launched_by: string | null;
  launched_at: Timestamp | null;
  closed_at: Timestamp | null;
}

export interface AuditCampaignMembersTable {
  campaign_id: string;
  person_id: string;
}

export type CampaignMessageStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'skipped';

export interface CampaignMessagesTable {
  id: Generated<string>;
  campaign_id: string;
  person_id: string;
  step: string;
  status: ColumnType<CampaignMessageStatus, CampaignMessageStatus | undefined, CampaignMessageStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
  created_at: Timestamp;
}

export type AnswerValue = 'no-idea' | 'could-not' | 'could' | 'done-recently';

export interface AuditResponsesTable {
  id: Generated<string>;
  campaign_id: string;
  person_id: string;
  framework_version_id: string;
  status: ColumnType<'draft' | 'submitted', 'draft' | 'submitted' | undefined, 'draft' | 'submitted'>;
  last_category_key: string | null;
  last_channel: 'tab' | 'bot' | null;
  started_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  summary: Json<unknown> | null;
}

export interface AuditAnswersTable {
  response_id: string;
  statement_id: string;
  answer: AnswerValue;
  answered_at: Timestamp;
}

export interface LearningResourcesTable {
  id: Generated<string>;
  title: string;
  kind: 'guide' | 'course' | 'video' | 'drop-in' | 'website';
  description: string;
  url: string | null;
  provider: string | null;
  duration_minutes: number | null;
  statement_keys: ColumnType<string[], string[] | undefined, string[]>;
  category_keys: ColumnType<string[], string[] | undefined, string[]>;
  archived_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  services: ServicesTable;
  sites: SitesTable;
  people: PeopleTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  conversation_references: ConversationReferencesTable;
  outbox_messages: OutboxMessagesTable;
  audit_log: AuditLogTable;
  directory_imports: DirectoryImportsTable;
  settings: SettingsTable;
  framework_versions: FrameworkVersionsTable;
  framework_categories: FrameworkCategoriesTable;
  framework_statements: FrameworkStatementsTable;
  audit_campaigns: AuditCampaignsTable;
  audit_campaign_members: AuditCampaignMembersTable;
  campaign_messages: CampaignMessagesTable;
  audit_responses: AuditResponsesTable;
  audit_answers: AuditAnswersTable;
  learning_resources: LearningResourcesTable;
  champions: ChampionsTable;
  champion_events: ChampionEventsTable;
  matching_opt_ins: MatchingOptInsTable;
  match_runs: MatchRunsTable;
  champion_matches: ChampionMatchesTable;
  help_requests: HelpRequestsTable;
  help_request_offers: HelpRequestOffersTable;
  help_request_cards: HelpRequestCardsTable;
  drop_in_sessions: DropInSessionsTable;
  drop_in_registrations: DropInRegistrationsTable;
  support_sessions: SupportSessionsTable;
  how_to_guides: HowToGuidesTable;
  appraisal_years: AppraisalYearsTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  project_followers: ProjectFollowersTable;
  objectives: ObjectivesTable;
  objective_events: ObjectiveEventsTable;
  objective_check_ins: ObjectiveCheckInsTable;
  service_plans: ServicePlansTable;
  service_plan_items: ServicePlanItemsTable;
  reminders_sent: RemindersSentTable;
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
