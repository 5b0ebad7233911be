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
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
