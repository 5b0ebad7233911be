import { sql } from 'kysely';
import type { AgreedObjective, ObjectiveReminderFacts, ObjectiveReminderQueries, ReminderObjective, WaitingForAgreement } from '../domain/objectives/reminders/objective-reminder-facts.js';
import type { Db } from './database.js';
import type { RowOf } from './query-helpers.js';

/**
 * The facts the objective reminders are planned from, for one appraisal year. Only active
 * people count: a leaver is neither reminded nor reminded about, and a manager who has left
 * is treated as no manager (HR's team view still shows what waits).
 */

function objectivesQuery(db: Db, yearId: string) {
  return db
    .selectFrom('objectives as o')
    .innerJoin('people as p', 'p.id', 'o.person_id')
    .leftJoin('people as m', (join) => join.onRef('m.id', '=', 'p.line_manager_id').on('m.status', '=', 'active'))
    .select([
      'o.id',
      'o.title',
      'o.kind',
      'o.status',
      'o.target_date',
      'o.proposed_at',
      'o.agreed_at',
      'o.last_check_in_at',
      'p.id as person_id',
      'p.display_name as person_name',
      'm.id as manager_id',
    ])
    .where('o.year_id', '=', yearId)
    .where('p.status', '=', 'active');
}

type ObjectiveRow = RowOf<typeof objectivesQuery>;

function toObjective(row: ObjectiveRow): ReminderObjective {
  return { id: row.id, title: row.title, kind: row.kind, person: { id: row.person_id, displayName: row.person_name }, targetDate: row.target_date };
}

async function waiting(db: Db, yearId: string): Promise<WaitingForAgreement[]> {
  const rows = await objectivesQuery(db, yearId).where('o.status', '=', 'proposed').where('o.proposed_at', 'is not', null).orderBy('o.proposed_at').execute();
  return rows.map((row) => ({ objective: toObjective(row), managerId: row.manager_id, proposedAt: row.proposed_at! }));
}

async function agreed(db: Db, yearId: string): Promise<AgreedObjective[]> {
  const rows = await objectivesQuery(db, yearId).where('o.status', 'in', ['agreed', 'in-progress']).where('o.agreed_at', 'is not', null).orderBy('o.agreed_at').execute();
  return rows.map((row) => ({
    objective: toObjective(row),
    status: row.status === 'in-progress' ? 'in-progress' : 'agreed',
    managerId: row.manager_id,
    agreedAt: row.agreed_at!,
    lastCheckInAt: row.last_check_in_at,
  }));
}

const personalChat = sql<boolean>`exists (select 1 from conversation_references c where c.person_id = p.id and c.scope = 'personal')`;

/** Only people the bot can reach: the reminder is claimed once a year, and would be lost on anyone else. */
async function withoutAgreedObjective(db: Db, yearId: string) {
  const rows = await db
    .selectFrom('people as p')
    .select(['p.id', 'p.display_name'])
    .where('p.status', '=', 'active')
    .where(personalChat)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('objectives as o')
            .select('o.id')
            .whereRef('o.person_id', '=', 'p.id')
            .where('o.year_id', '=', yearId)
            .where('o.status', 'in', ['agreed', 'in-progress', 'completed']),
        ),
      ),
    )
    .orderBy('p.display_name')
    .execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
}

async function reachable(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('conversation_references')
    .select('person_id')
    .distinct()
    .where('scope', '=', 'personal')
    .where('person_id', 'is not', null)
    .execute();
  return new Set(rows.flatMap((row) => (row.person_id ? [row.person_id] : [])));
}

export function createObjectiveReminderQueries(db: Db): ObjectiveReminderQueries {
  return {
    async factsFor(yearId): Promise<ObjectiveReminderFacts> {
      const [waitingNow, agreedNow, without, reach] = await Promise.all([
        waiting(db, yearId),
        agreed(db, yearId),
        withoutAgreedObjective(db, yearId),
        reachable(db),
      ]);
      return { waiting: waitingNow, agreed: agreedNow, withoutAgreedObjective: without, reachable: reach };
    },
  };
}
