import { sql, type Kysely } from 'kysely';

/**
 * Digital objectives in appraisals, service plans and the digital projects register.
 *
 * - Appraisal years are dated by the council's own start month (often April).
 * - An objective belongs to one person and one year, and moves through the workflow in
 *   domain/objectives/objective-workflow.ts; every move is kept in objective_events.
 * - Service plans are one per service and year; their items may link to a register project.
 * - The register is the home of Root & Branch updates later: projects keep their followers
 *   (who are told of published updates) and when they were last updated.
 * - reminders_sent makes every proactive reminder at most once per period, across servers:
 *   a row is claimed before the card is sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table appraisal_years (
      id uuid primary key default gen_random_uuid(),
      label text not null,
      starts_on date not null,
      ends_on date not null,
      -- The date by which everyone should have an agreed digital objective.
      agree_by date not null,
      status text not null default 'planned' check (status in ('planned', 'open', 'closed')),
      created_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on > starts_on),
      check (agree_by between starts_on and ends_on)
    );
    create unique index appraisal_years_starts_on_key on appraisal_years (starts_on);
    -- At most one year is open at a time: "this year" is never ambiguous.
    create unique index appraisal_years_one_open on appraisal_years ((true)) where status = 'open';

    create table projects (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      summary text not null default '',
      service_id uuid references services (id) on delete set null,
      sponsor_person_id uuid references people (id) on delete set null,
      stage text not null check (stage in ('idea', 'initiation', 'planning', 'delivery', 'closing', 'closed')),
      rag text not null check (rag in ('green', 'amber', 'red')),
      starts_on date,
      ends_on date,
      -- What the project changes for staff, residents, data and systems, as recorded at initiation.
      digital_implications text not null default '',
      created_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- When a Root & Branch update was last published for it (null: never).
      last_update_published_at timestamptz,
      check (ends_on is null or starts_on is null or ends_on >= starts_on)
    );
    create unique index projects_name_key on projects (lower(name));
    create index projects_service_idx on projects (service_id);

    create table project_members (
      project_id uuid not null references projects (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      role text not null default '',
      added_at timestamptz not null default now(),
      primary key (project_id, person_id)
    );
    create index project_members_person_idx on project_members (person_id);

    create table project_followers (
      project_id uuid not null references projects (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      followed_at timestamptz not null default now(),
      primary key (project_id, person_id)
    );
    create index project_followers_person_idx on project_followers (person_id);

    create table objectives (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references people (id) on delete cascade,
      year_id uuid not null references appraisal_years (id),
      kind text not null check (kind in ('skill', 'support', 'project')),
      title text not null,
      success_measure text not null default '',
      target_date date,
      status text not null default 'draft'
        check (status in ('draft', 'proposed', 'returned', 'agreed', 'in-progress', 'completed', 'withdrawn')),
      -- kind = 'skill': the framework categories (by key, so they outlive versions) and,
      -- when it was made from an audit result, the statement and whether it was a gap or decay.
      category_keys text[] not null default '{}',
      statement_key text,
      statement_reason text check (statement_reason in ('gap', 'decay')),
      -- kind = 'support': a person to help, or the Digital Champion role itself.
      supported_person_id uuid references people (id) on delete set null,
      supports_as_champion boolean not null default false,
      -- kind = 'project'.
      project_id uuid references projects (id) on delete set null,
      progress smallint not null default 0 check (progress between 0 and 100),
      last_check_in_at timestamptz,
      return_comment text,
      outcome text check (outcome in ('achieved', 'partly', 'not-achieved')),
      outcome_comment text,
      proposed_at timestamptz,
      agreed_at timestamptz,
      agreed_by uuid references people (id) on delete set null,
      completed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'completed') = (outcome is not null))
    );
    create index objectives_person_year_idx on objectives (person_id, year_id);
    create index objectives_year_status_idx on objectives (year_id, status);
    create index objectives_project_idx on objectives (project_id) where project_id is not null;

    -- Every move through the workflow: from, to, who, the comment given, when.
    create table objective_events (
      id bigint generated always as identity primary key,
      objective_id uuid not null references objectives (id) on delete cascade,
      from_status text,
      to_status text not null,
      actor_person_id uuid references people (id) on delete set null,
      comment text,
      at timestamptz not null default now()
    );
    create index objective_events_objective_idx on objective_events (objective_id, at);

    create table objective_check_ins (
      id uuid primary key default gen_random_uuid(),
      objective_id uuid not null references objectives (id) on delete cascade,
      note text not null,
      progress smallint not null check (progress between 0 and 100),
      recorded_by uuid references people (id) on delete set null,
      at timestamptz not null default now()
    );
    create index objective_check_ins_objective_idx on objective_check_ins (objective_id, at);

    create table service_plans (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services (id) on delete cascade,
      year_id uuid not null references appraisal_years (id),
      summary text not null default '',
      updated_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (service_id, year_id)
    );

    create table service_plan_items (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references service_plans (id) on delete cascade,
      kind text not null check (kind in ('objective', 'project')),
      title text not null,
      owner_person_id uuid references people (id) on delete set null,
      measure text not null default '',
      status text not null check (status in ('not-started', 'on-track', 'at-risk', 'off-track', 'done')),
      project_id uuid references projects (id) on delete set null,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index service_plan_items_plan_idx on service_plan_items (plan_id, position);

    create table reminders_sent (
      topic text not null,
      subject_id text not null,
      period text not null,
      person_id uuid not null references people (id) on delete cascade,
      sent_at timestamptz not null default now(),
      primary key (topic, subject_id, period, person_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table reminders_sent, service_plan_items, service_plans, objective_check_ins, objective_events, objectives,
      project_followers, project_members, projects, appraisal_years;
  `.execute(db);
}
