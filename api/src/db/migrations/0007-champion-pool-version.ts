import { sql, type Kysely } from 'kysely';

/**
 * Routing reads the champion pool for every help request, and with 2,000 champions reading
 * it takes tens of milliseconds; it changes far less often than it is read. So every change
 * to what the pool holds (a champion, their directory entry, their matches, their claimed
 * requests, a champion's submitted audit) counts up `version`, in the same transaction, and
 * a server keeps the pool it read until the version moves (api/src/db/champion-pool-repository.ts).
 *
 * The count is made at commit (deferred constraint triggers), once per transaction: its row
 * lock is taken after everything else the transaction locks, so it cannot deadlock, and a
 * staff import of thousands of people updates it once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table change_versions (
      name text primary key,
      version bigint not null default 0
    );
    insert into change_versions (name) values ('champion-pool');

    create function count_champion_pool_change() returns void language plpgsql as $$
    begin
      if coalesce(current_setting('hub.champion_pool_counted', true), '') <> 'yes' then
        perform set_config('hub.champion_pool_counted', 'yes', true);
        update change_versions set version = version + 1 where name = 'champion-pool';
      end if;
    end $$;

    create function note_champion_pool_change() returns trigger language plpgsql as $$
    begin
      perform count_champion_pool_change();
      return null;
    end $$;

    -- Only a champion's audit moves the pool: the others' submissions must not queue on its row.
    create function note_champion_audit_change() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from champions where person_id = coalesce(new.person_id, old.person_id)) then
        perform count_champion_pool_change();
      end if;
      return null;
    end $$;
  `.execute(db);

  const noteEvery = (table: string, events: string) =>
    sql`create constraint trigger ${sql.raw(`${table}_moves_champion_pool`)}
      after ${sql.raw(events)} on ${sql.raw(table)} deferrable initially deferred
      for each row execute function note_champion_pool_change()`.execute(db);
  await noteEvery('champions', 'insert or update or delete');
  await noteEvery('people', 'update of status, display_name, email, site_id, service_id or delete');
  await noteEvery('champion_matches', 'insert or update of status, champion_id or delete');
  // A request counts towards a champion's load only while claimed: asking and offers leave the pool as it is.
  await sql`
    create constraint trigger help_requests_claimed_moves_champion_pool
      after insert on help_requests deferrable initially deferred
      for each row when (new.status = 'claimed')
      execute function note_champion_pool_change();
    create constraint trigger help_requests_claim_changed_moves_champion_pool
      after update of status, claimed_by on help_requests deferrable initially deferred
      for each row when ((old.status = 'claimed') <> (new.status = 'claimed') or (new.status = 'claimed' and old.claimed_by is distinct from new.claimed_by))
      execute function note_champion_pool_change();
    create constraint trigger help_requests_claimed_deleted_moves_champion_pool
      after delete on help_requests deferrable initially deferred
      for each row when (old.status = 'claimed')
      execute function note_champion_pool_change();
  `.execute(db);

  await sql`
    create constraint trigger audit_responses_inserted_moves_champion_pool
      after insert on audit_responses deferrable initially deferred
      for each row when (new.status = 'submitted')
      execute function note_champion_audit_change();
    create constraint trigger audit_responses_submitted_moves_champion_pool
      after update of status, summary on audit_responses deferrable initially deferred
      for each row when (new.status = 'submitted' or old.status = 'submitted')
      execute function note_champion_audit_change();
    create constraint trigger audit_responses_deleted_moves_champion_pool
      after delete on audit_responses deferrable initially deferred
      for each row when (old.status = 'submitted')
      execute function note_champion_audit_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger audit_responses_deleted_moves_champion_pool on audit_responses;
    drop trigger audit_responses_inserted_moves_champion_pool on audit_responses;
    drop trigger audit_responses_submitted_moves_champion_pool on audit_responses;
    drop trigger help_requests_claimed_deleted_moves_champion_pool on help_requests;
    drop trigger help_requests_claim_changed_moves_champion_pool on help_requests;
    drop trigger help_requests_claimed_moves_champion_pool on help_requests;
    drop trigger champion_matches_moves_champion_pool on champion_matches;
    drop trigger people_moves_champion_pool on people;
    drop trigger champions_moves_champion_pool on champions;
    drop function note_champion_audit_change();
    drop function note_champion_pool_change();
    drop function count_champion_pool_change();
    drop table change_versions;
  `.execute(db);
}
