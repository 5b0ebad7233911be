import { sql, type RawBuilder } from 'kysely';
import type { AuditEntryInput } from '../domain/shared/audit-log.js';
import type { ErasureRepository } from '../domain/privacy/erase-person.js';
import { insertAuditEntry } from './audit-log-repository.js';
import type { Db } from './database.js';

/** What an erased person is called wherever the hub still counts them. */
export const ERASED_NAME = 'Erased person';

/**
 * Erasure, in one transaction. The person's row stays, nameless, so that what they
 * counted towards (audit scores by service, help given, drop-ins held) still adds up; what
 * names them, what they wrote and what links them to an account is gone.
 */
export function createErasureRepository(db: Db): ErasureRepository {
  return {
    async erase(personId, audit: AuditEntryInput) {
      await db.transaction().execute(async (tx) => {
        const person = await tx.selectFrom('people').select(['email', 'display_name', 'entra_object_id']).where('id', '=', personId).forUpdate().executeTakeFirstOrThrow();
        const run = (query: RawBuilder<unknown>) => query.execute(tx);

        await run(sql`
          update people set display_name = ${ERASED_NAME}, email = ${`erased-${personId}@erased.invalid`}, job_title = null,
                 entra_object_id = null, status = 'leaver', left_on = coalesce(left_on, current_date), anonymised_at = now(), updated_at = now()
          where id = ${personId}`);
        await run(sql`update services set head_person_id = null where head_person_id = ${personId}`);
        // Links to accounts, chats and choices that were theirs alone.
        for (const table of ['role_assignments', 'sessions', 'conversation_references', 'help_request_cards', 'matching_opt_ins', 'project_followers', 'project_members', 'reminders_sent']) {
          await run(sql`delete from ${sql.table(table)} where person_id = ${personId}`);
        }
        // What they wrote, and what others wrote about them.
        await run(sql`update help_requests set question = '', rating_comment = null, resolution_note = null where requester_id = ${personId}`);
        await run(sql`update help_requests set resolution_note = null where claimed_by = ${personId}`);
        await run(sql`update champions set about = '', specialisms = '{}' where person_id = ${personId}`);
        await run(sql`update champion_events set note = '' where person_id = ${personId} and note is not null`);
        await run(sql`update champion_matches set explanation = '' where learner_id = ${personId} or champion_id = ${personId}`);
        await run(sql`update support_sessions set note = '' where champion_id = ${personId}`);
        const theirs = sql`select id from objectives where person_id = ${personId} or supported_person_id = ${personId}`;
        await run(sql`
          update objectives set title = '', success_measure = '', return_comment = null, outcome_comment = null
          where id in (${theirs})`);
        await run(sql`update objective_events set comment = null where objective_id in (${theirs})`);
        await run(sql`update objective_check_ins set note = '' where objective_id in (${theirs})`);
        // The audit log keeps that their records were read and changed, not what it said about them.
        await run(sql`update audit_log set details = '{}'::jsonb where subject_person_id = ${personId}`);
        // What local mode would have sent to Microsoft 365 on their behalf.
        const identifiers = [person.email, person.display_name, person.entra_object_id].filter((value): value is string => Boolean(value));
        for (const identifier of identifiers) await run(sql`delete from outbox_messages where strpos(body::text, ${identifier}) > 0`);
        await insertAuditEntry(tx, audit);
      });
    },
  };
}
