import { sql } from 'kysely';
import type {
  CancelRegistrationResult,
  ClaimedReminder,
  RegisterResult,
} from '../domain/champions/drop-ins/drop-in-repository.js';
import { registrationRefusal } from '../domain/champions/drop-ins/drop-in-rules.js';
import type { Db } from './database.js';

/** Booking places at drop-ins, giving them back, and claiming the reminders that are due. */

/** In one transaction under a lock on the session: checks the rules, then takes a place. */
export async function registerUnderLock(db: Db, sessionId: string, personId: string, now: Date): Promise<RegisterResult> {
  return db.transaction().execute(async (trx) => {
    // Everyone booking this session queues here, so the count below is the truth when the place is taken.
    const session = await trx
      .selectFrom('drop_in_sessions')
      .select(['status', 'starts_at', 'capacity'])
      .where('id', '=', sessionId)
      .forUpdate()
      .executeTakeFirst();
    if (!session) return { kind: 'not-found' as const };
    const taken = await trx
      .selectFrom('drop_in_registrations')
      .select([
        sql<number>`count(*) filter (where cancelled_at is null)::int`.as('active'),
        sql<boolean>`coalesce(bool_or(person_id = ${personId} and cancelled_at is null), false)`.as('mine'),
      ])
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    const refusal = registrationRefusal(
      { status: session.status, startsAt: session.starts_at, capacity: session.capacity, activeRegistrations: taken.active, alreadyRegistered: taken.mine },
      now,
    );
    if (refusal) return { kind: 'refused' as const, reason: refusal };
    // Booking again after cancelling revives the row, with a fresh reminder.
    await trx
      .insertInto('drop_in_registrations')
      .values({ session_id: sessionId, person_id: personId, registered_at: now })
      .onConflict((oc) =>
        oc.columns(['session_id', 'person_id']).doUpdateSet({ registered_at: now, cancelled_at: null, reminder_sent_at: null }),
      )
      .execute();
    return { kind: 'registered' as const };
  });
}

export async function cancelRegistrationOf(db: Db, sessionId: string, personId: string, now: Date): Promise<CancelRegistrationResult> {
  const session = await db.selectFrom('drop_in_sessions').select('starts_at').where('id', '=', sessionId).executeTakeFirst();
  if (!session) return 'not-found';
  const mine = await db
    .selectFrom('drop_in_registrations')
    .select('person_id')
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  if (!mine) return 'not-registered';
  if (session.starts_at <= now) return 'started';
  const result = await db
    .updateTable('drop_in_registrations')
    .set({ cancelled_at: now })
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? 'cancelled' : 'not-registered';
}

/** Marks the due reminders and returns them, in one statement. */
export async function claimDueReminders(db: Db, window: { from: Date; to: Date }, now: Date): Promise<ClaimedReminder[]> {
  // One statement: a concurrent run waits on these rows, then finds them already marked and skips them.
  const { rows } = await sql<{ session_id: string; person_id: string; display_name: string }>`
    update drop_in_registrations r
    set reminder_sent_at = ${now}
    from drop_in_sessions d, people p
    where d.id = r.session_id
      and p.id = r.person_id
      and d.status = 'scheduled'
      and d.starts_at > ${window.from}
      and d.starts_at <= ${window.to}
      and r.cancelled_at is null
      and r.reminder_sent_at is null
      and p.status = 'active'
    returning r.session_id, r.person_id, p.display_name
  `.execute(db);
  return rows
    .map((row): ClaimedReminder => ({ sessionId: row.session_id, person: { id: row.person_id, displayName: row.display_name } }))
    .sort((a, b) => a.sessionId.localeCompare(b.sessionId) || a.person.displayName.localeCompare(b.person.displayName));
}
