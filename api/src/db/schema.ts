import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Column types as Kysely sees them; rows never leave db/ (use cases return DTOs). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

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

export type ChampionStatus = 'volunteered' | 'invited' | 'active' | 'paused' | 'stepped-down' | 'declined';

type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface ChampionsTable {
  person_id: string;
  status: ChampionStatus;
  specialisms: TextArray;
  site_id: string | null;
  service_id: string | null;
  working_days: ColumnType<number[], number[] | undefined, number[]>;
  capacity: ColumnType<number, number | undefined, number>;
  about: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ChampionEventsTable {
  id: Generated<string>;
  person_id: string;
  from_status: ChampionStatus | null;
  to_status: ChampionStatus;
  actor_person_id: string | null;
  note: string | null;
  at: Timestamp;
}

export interface MatchingOptInsTable {
  person_id: string;
  in_person: ColumnType<boolean, boolean | undefined, boolean>;
  note: ColumnType<string, string | undefined, string>;
  opted_in_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface MatchRunsTable {
  id: Generated<string>;
  run_by: string | null;
  run_at: Timestamp;
  settings: Json<unknown>;
  matched_count: number;
  total_score: number;
  unmatched: Json<unknown>;
}

export interface ChampionMatchesTable {
  id: Generated<string>;
  run_id: string;
  learner_id: string;
  champion_id: string;
  score: number;
  explanation: string;
  status: ColumnType<'active' | 'declined' | 'ended', 'active' | 'declined' | 'ended' | undefined, 'active' | 'declined' | 'ended'>;
  declined_by: string | null;
  declined_at: Timestamp | null;
  created_at: Timestamp;
}

export type HelpRequestStatus = 'offered' | 'open-to-all' | 'claimed' | 'resolved' | 'cancelled';

export interface HelpRequestsTable {
  id: Generated<string>;
  requester_id: string;
  category_key: string;
  question: string;
  channel: 'tab' | 'bot';
  status: HelpRequestStatus;
  offered_to: string | null;
  offer_number: ColumnType<number, number | undefined, number>;
  offer_expires_at: Timestamp | null;
  claimed_by: string | null;
  claimed_at: Timestamp | null;
  resolved_at: Timestamp | null;
  resolution_note: string | null;
  minutes_spent: number | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type OfferOutcome = 'pending' | 'accepted' | 'passed' | 'expired' | 'withdrawn';

export interface HelpRequestOffersTable {
  request_id: string;
  champion_id: string;
  offered_at: Timestamp;
  outcome: ColumnType<OfferOutcome, OfferOutcome | undefined, OfferOutcome>;
  decided_at: Timestamp | null;
}

export interface HelpRequestCardsTable {
  request_id: string;
  conversation_id: string;
  activity_id: string;
  audience: 'requester' | 'champion' | 'channel';
  person_id: string | null;
  service_url: string;
  sent_at: Timestamp;
}

export interface DropInSessionsTable {
  id: Generated<string>;
  host_id: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  format: 'in-person' | 'online';
  site_id: string | null;
  place: ColumnType<string, string | undefined, string>;
  capacity: number;
  category_keys: TextArray;
  meeting_id: string | null;
  meeting_join_url: string | null;
  status: ColumnType<'scheduled' | 'cancelled', 'scheduled' | 'cancelled' | undefined, 'scheduled' | 'cancelled'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DropInRegistrationsTable {
  session_id: string;
  person_id: string;
  registered_at: Timestamp;
  cancelled_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
}

export type SupportSessionKind = 'one-to-one' | 'drop-in' | 'resident' | 'help-request';

export interface SupportSessionsTable {
  id: Generated<string>;
  champion_id: string;
  kind: SupportSessionKind;
  happened_on: DateOnly;
  minutes: number;
  people_helped: ColumnType<number, number | undefined, number>;
  category_keys: TextArray;
  note: ColumnType<string, string | undefined, string>;
  help_request_id: string | null;
  drop_in_id: string | null;
  created_at: Timestamp;
}

export type GuideStatus = 'draft' | 'submitted' | 'published' | 'archived';

export interface HowToGuidesTable {
  id: Generated<string>;
  title: string;
  summary: ColumnType<string, string | undefined, string>;
  body_markdown: string;
  category_keys: TextArray;
  statement_keys: TextArray;
  status: ColumnType<GuideStatus, GuideStatus | undefined, GuideStatus>;
  author_id: string | null;
  published_by: string | null;
  published_at: Timestamp | null;
  review_note: ColumnType<string | null, string | null | undefined, string | null>;
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
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
