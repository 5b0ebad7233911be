import { sql, type Kysely } from 'kysely';

/**
 * The skills audit: versioned frameworks of statements in categories, campaigns with the
 * people they invite and the bot messages sent for them, each person's response (a draft
 * until submitted) with its answers, and the learning resources the reports recommend.
 *
 * A framework version is never changed once written: editing writes a new version, and
 * answers point at the statement of the version they were given against. Statement and
 * category keys stay the same across versions, so reports can compare audits taken
 * against different versions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table framework_versions (
      id uuid primary key default gen_random_uuid(),
      version integer not null unique check (version > 0),
      name text not null,
      note text,
      created_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now()
    );

    create table framework_categories (
      id uuid primary key default gen_random_uuid(),
      framework_version_id uuid not null references framework_versions (id) on delete cascade,
      key text not null,
      title text not null,
      description text not null,
      basic boolean not null,
      position integer not null,
      unique (framework_version_id, key),
      unique (framework_version_id, position)
    );

    create table framework_statements (
      id uuid primary key default gen_random_uuid(),
      framework_version_id uuid not null references framework_versions (id) on delete cascade,
      category_id uuid not null references framework_categories (id) on delete cascade,
      key text not null,
      text text not null,
      help_text text not null,
      example text not null,
      context text not null check (context in ('life', 'work')),
      position integer not null,
      unique (framework_version_id, key),
      unique (category_id, position)
    );

    create table audit_campaigns (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      opens_on date not null,
      closes_on date not null,
      framework_version_id uuid not null references framework_versions (id),
      population_kind text not null check (population_kind in ('everyone', 'chosen')),
      service_ids uuid[] not null default '{}',
      site_ids uuid[] not null default '{}',
      reminder_days integer[] not null default '{7,1}',
      status text not null default 'draft' check (status in ('draft', 'launched', 'closed')),
      created_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      launched_by uuid references people (id) on delete set null,
      launched_at timestamptz,
      closed_at timestamptz,
      check (closes_on >= opens_on),
      check ((status = 'draft') = (launched_at is null))
    );

    -- Who a launched campaign invites: the population, fixed when it is launched.
    create table audit_campaign_members (
      campaign_id uuid not null references audit_campaigns (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      primary key (campaign_id, person_id)
    );
    create index audit_campaign_members_person_idx on audit_campaign_members (person_id);

    -- One row per person and step ('invitation', 'reminder-7', …): the unique key is what
    -- stops the same person getting the same message twice.
    create table campaign_messages (
      id bigint generated always as identity primary key,
      campaign_id uuid not null references audit_campaigns (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      step text not null,
      status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed', 'unreachable', 'skipped')),
      attempts integer not null default 0,
      last_error text,
      next_attempt_at timestamptz not null default now(),
      sent_at timestamptz,
      created_at timestamptz not null default now(),
      unique (campaign_id, person_id, step)
    );
    create index campaign_messages_due_idx on campaign_messages (next_attempt_at) where status = 'pending';

    create table audit_responses (
      id uuid primary key default gen_random_uuid(),
      campaign_id uuid not null references audit_campaigns (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      framework_version_id uuid not null references framework_versions (id),
      status text not null default 'draft' check (status in ('draft', 'submitted')),
      last_category_key text,
      last_channel text check (last_channel in ('tab', 'bot')),
      started_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      -- The scored result, written once at submission so reports never re-score.
      summary jsonb,
      unique (campaign_id, person_id),
      check ((status = 'submitted') = (submitted_at is not null and summary is not null))
    );
    create index audit_responses_person_idx on audit_responses (person_id, submitted_at desc);

    create table audit_answers (
      response_id uuid not null references audit_responses (id) on delete cascade,
      statement_id uuid not null references framework_statements (id),
      answer text not null check (answer in ('no-idea', 'could-not', 'could', 'done-recently')),
      answered_at timestamptz not null default now(),
      primary key (response_id, statement_id)
    );

    create table learning_resources (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      kind text not null check (kind in ('guide', 'course', 'video', 'drop-in', 'website')),
      description text not null,
      url text,
      provider text,
      duration_minutes integer check (duration_minutes > 0),
      -- Linked by key, not by id, so a resource outlives framework versions.
      statement_keys text[] not null default '{}',
      category_keys text[] not null default '{}',
      archived_at timestamptz,
      created_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table learning_resources, audit_answers, audit_responses, campaign_messages, audit_campaign_members,
      audit_campaigns, framework_statements, framework_categories, framework_versions;
  `.execute(db);
}
