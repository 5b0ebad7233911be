import { sql, type Kysely } from 'kysely';

/**
 * Digital Champions: who they are and how their role has changed, matching learners with
 * them, help requests asked through the bot or the tab (with each offer made and each card
 * shown, so cards can be brought up to date), the support log, drop-in sessions and
 * how-to guides.
 *
 * Framework skills are linked by category key, not id, so they outlive framework versions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table champions (
      person_id uuid primary key references people (id) on delete cascade,
      status text not null check (status in ('volunteered', 'invited', 'active', 'paused', 'stepped-down', 'declined')),
      specialisms text[] not null default '{}',
      -- Where and for which service they help; null means "as in the directory".
      site_id uuid references sites (id) on delete set null,
      service_id uuid references services (id) on delete set null,
      -- ISO weekdays, 1 = Monday.
      working_days smallint[] not null default '{1,2,3,4,5}',
      capacity integer not null default 3 check (capacity between 1 and 20),
      about text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index champions_status_idx on champions (status);

    -- Every change of a champion's status, with who made it and when.
    create table champion_events (
      id bigint generated always as identity primary key,
      person_id uuid not null references people (id) on delete cascade,
      from_status text,
      to_status text not null,
      actor_person_id uuid references people (id) on delete set null,
      note text,
      at timestamptz not null default now()
    );
    create index champion_events_person_idx on champion_events (person_id, at);

    -- Learners who asked, from their report, to be matched with a champion.
    create table matching_opt_ins (
      person_id uuid primary key references people (id) on delete cascade,
      in_person boolean not null default true,
      note text not null default '',
      opted_in_at timestamptz not null default now(),
      withdrawn_at timestamptz
    );

    create table match_runs (
      id uuid primary key default gen_random_uuid(),
      run_by uuid references people (id) on delete set null,
      run_at timestamptz not null default now(),
      settings jsonb not null,
      matched_count integer not null,
      total_score double precision not null,
      -- [{ personId, reason }]: every learner left without a champion, and why.
      unmatched jsonb not null default '[]'
    );

    create table champion_matches (
      id uuid primary key default gen_random_uuid(),
      run_id uuid not null references match_runs (id) on delete cascade,
      learner_id uuid not null references people (id) on delete cascade,
      champion_id uuid not null references people (id) on delete cascade,
      score double precision not null,
      explanation text not null,
      status text not null default 'active' check (status in ('active', 'declined', 'ended')),
      declined_by uuid references people (id) on delete set null,
      declined_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index champion_matches_learner_idx on champion_matches (learner_id, created_at desc);
    create index champion_matches_champion_idx on champion_matches (champion_id) where status = 'active';

    create table help_requests (
      id uuid primary key default gen_random_uuid(),
      requester_id uuid not null references people (id) on delete cascade,
      category_key text not null,
      question text not null,
      channel text not null check (channel in ('tab', 'bot')),
      status text not null check (status in ('offered', 'open-to-all', 'claimed', 'resolved', 'cancelled')),
      offered_to uuid references people (id) on delete set null,
      offer_number integer not null default 0,
      offer_expires_at timestamptz,
      claimed_by uuid references people (id) on delete set null,
      claimed_at timestamptz,
      resolved_at timestamptz,
      resolution_note text,
      minutes_spent integer check (minutes_spent > 0),
      rating integer check (rating between 1 and 5),
      rating_comment text,
      rated_at timestamptz,
      cancelled_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- A request cancelled after it was claimed keeps who was helping.
      check (status not in ('claimed', 'resolved') or claimed_by is not null),
      check (status not in ('offered', 'open-to-all') or claimed_by is null),
      check ((status = 'offered') = (offered_to is not null))
    );
    create index help_requests_requester_idx on help_requests (requester_id, created_at desc);
    create index help_requests_offer_due_idx on help_requests (offer_expires_at) where status = 'offered';
    create index help_requests_claimed_idx on help_requests (claimed_by) where status = 'claimed';

    -- Each champion a request was offered to, and what became of the offer.
    create table help_request_offers (
      request_id uuid not null references help_requests (id) on delete cascade,
      champion_id uuid not null references people (id) on delete cascade,
      offered_at timestamptz not null default now(),
      outcome text not null default 'pending' check (outcome in ('pending', 'accepted', 'passed', 'expired', 'withdrawn')),
      decided_at timestamptz,
      primary key (request_id, champion_id)
    );

    -- Every card the bot showed about a request, so each can be updated when it changes.
    create table help_request_cards (
      request_id uuid not null references help_requests (id) on delete cascade,
      conversation_id text not null,
      activity_id text not null,
      audience text not null check (audience in ('requester', 'champion', 'channel')),
      person_id uuid references people (id) on delete cascade,
      service_url text not null,
      sent_at timestamptz not null default now(),
      primary key (conversation_id, activity_id)
    );
    create index help_request_cards_request_idx on help_request_cards (request_id);

    create table drop_in_sessions (
      id uuid primary key default gen_random_uuid(),
      host_id uuid not null references people (id) on delete cascade,
      title text not null,
      description text not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      format text not null check (format in ('in-person', 'online')),
      site_id uuid references sites (id) on delete set null,
      place text not null default '',
      capacity integer not null check (capacity between 1 and 500),
      category_keys text[] not null default '{}',
      meeting_id text,
      meeting_join_url text,
      status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at)
    );
    create index drop_in_sessions_starts_idx on drop_in_sessions (starts_at) where status = 'scheduled';

    create table drop_in_registrations (
      session_id uuid not null references drop_in_sessions (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      registered_at timestamptz not null default now(),
      cancelled_at timestamptz,
      reminder_sent_at timestamptz,
      primary key (session_id, person_id)
    );
    create index drop_in_registrations_person_idx on drop_in_registrations (person_id);

    -- The support log: every session a champion gave, whichever way it came about.
    create table support_sessions (
      id uuid primary key default gen_random_uuid(),
      champion_id uuid not null references people (id) on delete cascade,
      kind text not null check (kind in ('one-to-one', 'drop-in', 'resident', 'help-request')),
      happened_on date not null,
      minutes integer not null check (minutes between 1 and 600),
      people_helped integer not null default 1 check (people_helped between 1 and 500),
      category_keys text[] not null default '{}',
      note text not null default '',
      help_request_id uuid unique references help_requests (id) on delete set null,
      drop_in_id uuid references drop_in_sessions (id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index support_sessions_champion_idx on support_sessions (champion_id, happened_on desc);

    create table how_to_guides (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      summary text not null default '',
      body_markdown text not null,
      category_keys text[] not null default '{}',
      statement_keys text[] not null default '{}',
      status text not null default 'draft' check (status in ('draft', 'submitted', 'published', 'archived')),
      author_id uuid references people (id) on delete set null,
      published_by uuid references people (id) on delete set null,
      published_at timestamptz,
      -- Why the digital team sent it back to its author; cleared when it is submitted again.
      review_note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index how_to_guides_status_idx on how_to_guides (status);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table how_to_guides, support_sessions, drop_in_registrations, drop_in_sessions, help_request_cards,
      help_request_offers, help_requests, champion_matches, match_runs, matching_opt_ins, champion_events, champions;
  `.execute(db);
}
