import { sql, type Kysely } from 'kysely';

/**
 * The directory and the platform tables every capability writes to: people, services,
 * sites, app roles, sign-in sessions, bot conversation references, the Microsoft 365
 * outbox and the audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table services (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      head_person_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index services_name_key on services (lower(name));

    create table sites (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null default 'office' check (kind in ('office', 'depot', 'library', 'community', 'remote')),
      created_at timestamptz not null default now()
    );
    create unique index sites_name_key on sites (lower(name));

    create table people (
      id uuid primary key default gen_random_uuid(),
      entra_object_id uuid unique,
      email text not null,
      display_name text not null,
      job_title text,
      service_id uuid references services (id),
      site_id uuid references sites (id),
      line_manager_id uuid references people (id),
      status text not null default 'active' check (status in ('active', 'leaver')),
      left_on date,
      anonymised_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (line_manager_id is null or line_manager_id <> id),
      check ((status = 'leaver') = (left_on is not null))
    );
    create unique index people_email_key on people (lower(email));
    create index people_line_manager_idx on people (line_manager_id);
    create index people_service_idx on people (service_id);
    create index people_display_name_idx on people (lower(display_name));

    alter table services
      add constraint services_head_person_fk foreign key (head_person_id) references people (id) on delete set null;

    create table role_assignments (
      person_id uuid not null references people (id) on delete cascade,
      role text not null check (role in ('hr', 'digital', 'policy', 'admin')),
      granted_by uuid references people (id) on delete set null,
      granted_at timestamptz not null default now(),
      primary key (person_id, role)
    );

    create table sessions (
      token_hash text primary key,
      person_id uuid not null references people (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_person_idx on sessions (person_id);

    create table conversation_references (
      conversation_id text primary key,
      person_id uuid references people (id) on delete set null,
      scope text not null check (scope in ('personal', 'team', 'groupChat')),
      tenant_id text,
      team_id text,
      channel_id text,
      service_url text not null,
      reference jsonb not null,
      updated_at timestamptz not null default now()
    );
    create index conversation_references_person_idx on conversation_references (person_id) where scope = 'personal';

    create table outbox_messages (
      id bigint generated always as identity primary key,
      action text not null,
      method text not null,
      path text not null,
      body jsonb,
      created_at timestamptz not null default now()
    );

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_person_id uuid references people (id) on delete set null,
      action text not null,
      resource text not null,
      subject_person_id uuid references people (id) on delete set null,
      details jsonb not null default '{}'::jsonb
    );
    create index audit_log_subject_idx on audit_log (subject_person_id, at desc);
    create index audit_log_actor_idx on audit_log (actor_person_id, at desc);

    create table directory_imports (
      id uuid primary key default gen_random_uuid(),
      imported_by uuid references people (id) on delete set null,
      source text not null check (source in ('csv', 'graph')),
      content_sha256 text,
      created_count integer not null,
      updated_count integer not null,
      unchanged_count integer not null,
      at timestamptz not null default now()
    );

    create table settings (
      key text primary key,
      value jsonb not null,
      updated_by uuid references people (id) on delete set null,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table settings, directory_imports, audit_log, outbox_messages, conversation_references,
      sessions, role_assignments;
    alter table services drop constraint services_head_person_fk;
    drop table people, sites, services;
  `.execute(db);
}
