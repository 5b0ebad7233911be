import { sql, type Kysely } from 'kysely';
import { UnmatchedReason } from '../contracts/matching.js';
import type { MatchingRepository, StoredMatch, StoredRun } from '../domain/champions/matching/matching-deps.js';
import { insertAuditEntries } from './audit-log-repository.js';
import type { Db } from './database.js';
import type { RowOf } from './query-helpers.js';
import { lockMatchRuns, waitingOptIns } from './match-run-store.js';
import type { Database } from './schema.js';

function selectMatches(db: Kysely<Database>) {
  return db
    .selectFrom('champion_matches as m')
    .innerJoin('people as l', 'l.id', 'm.learner_id')
    .innerJoin('people as c', 'c.id', 'm.champion_id')
    .leftJoin('people as d', 'd.id', 'm.declined_by')
    .select([
      'm.id',
      'm.run_id',
      'm.score',
      'm.explanation',
      'm.status',
      'm.created_at',
      'm.declined_at',
      'l.id as learner_id',
      'l.display_name as learner_name',
      'l.email as learner_email',
      'c.id as champion_id',
      'c.display_name as champion_name',
      'c.email as champion_email',
      'd.id as declined_by_id',
      'd.display_name as declined_by_name',
    ]);
}

type MatchRow = RowOf<typeof selectMatches>;

function toStoredMatch(row: MatchRow): StoredMatch {
  return {
    id: row.id,
    runId: row.run_id,
    learner: { id: row.learner_id, displayName: row.learner_name, email: row.learner_email },
    champion: { id: row.champion_id, displayName: row.champion_name, email: row.champion_email },
    score: row.score,
    explanation: row.explanation,
    status: row.status,
    createdAt: row.created_at,
    declinedBy: row.declined_by_id && row.declined_by_name ? { id: row.declined_by_id, displayName: row.declined_by_name } : null,
    declinedAt: row.declined_at,
  };
}

/** Every learner a run left unmatched, with their name now (people erased since are left out). */
async function unmatchedOf(db: Db, runId: string): Promise<StoredRun['unmatched']> {
  const { rows } = await sql<{ person_id: string; display_name: string; reason: string }>`
    select p.id as person_id, p.display_name, e.value->>'reason' as reason
    from match_runs r
    cross join lateral jsonb_array_elements(r.unmatched) with ordinality as e(value, position)
    join people p on p.id = (e.value->>'personId')::uuid
    where r.id = ${runId}
    order by e.position`.execute(db);
  return rows.flatMap((row) => {
    const reason = UnmatchedReason.safeParse(row.reason);
    return reason.success ? [{ person: { id: row.person_id, displayName: row.display_name }, reason: reason.data }] : [];
  });
}

async function findRun(db: Db, where: { id: string } | 'latest'): Promise<StoredRun | undefined> {
  let query = db
    .selectFrom('match_runs as r')
    .leftJoin('people as p', 'p.id', 'r.run_by')
    .select(['r.id', 'r.run_at', 'r.settings', 'r.matched_count', 'r.total_score', 'p.id as run_by_id', 'p.display_name as run_by_name']);
  query = where === 'latest' ? query.orderBy('r.run_at', 'desc').orderBy('r.id', 'desc').limit(1) : query.where('r.id', '=', where.id);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    runAt: row.run_at,
    runBy: row.run_by_id && row.run_by_name ? { id: row.run_by_id, displayName: row.run_by_name } : null,
    settings: row.settings,
    matchedCount: row.matched_count,
    totalScore: row.total_score,
    unmatched: await unmatchedOf(db, row.id),
  };
}

export function createMatchingRepository(db: Db): MatchingRepository {
  return {
    async hasSubmittedAudit(personId) {
      const row = await db.selectFrom('audit_responses').select('id').where('person_id', '=', personId).where('status', '=', 'submitted').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async optIn(personId, choice, at) {
      await db
        .insertInto('matching_opt_ins')
        .values({ person_id: personId, in_person: choice.inPerson, note: choice.note, opted_in_at: at, withdrawn_at: null })
        .onConflict((conflict) =>
          conflict.column('person_id').doUpdateSet({ in_person: choice.inPerson, note: choice.note, opted_in_at: at, withdrawn_at: null }),
        )
        .execute();
    },

    async withdraw(personId, at) {
      await db.updateTable('matching_opt_ins').set({ withdrawn_at: at }).where('person_id', '=', personId).where('withdrawn_at', 'is', null).execute();
    },

    async findOptIn(personId) {
      const row = await db
        .selectFrom('matching_opt_ins')
        .select(['in_person', 'note', 'opted_in_at'])
        .where('person_id', '=', personId)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirst();
      return row ? { inPerson: row.in_person, note: row.note, optedInAt: row.opted_in_at } : undefined;
    },

    async activeMatchAsLearner(personId) {
      const row = await selectMatches(db)
        .where('m.learner_id', '=', personId)
        .where('m.status', '=', 'active')
        .orderBy('m.created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toStoredMatch(row) : undefined;
    },

    async activeMatchesAsChampion(personId) {
      const rows = await selectMatches(db).where('m.champion_id', '=', personId).where('m.status', '=', 'active').orderBy('m.created_at').execute();
      return rows.map(toStoredMatch);
    },

    async findMatch(id) {
      const row = await selectMatches(db).where('m.id', '=', id).executeTakeFirst();
      return row ? toStoredMatch(row) : undefined;
    },

    async decline(id, by, at) {
      const result = await db
        .updateTable('champion_matches')
        .set({ status: 'declined', declined_by: by, declined_at: at })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    latestRun: () => findRun(db, 'latest'),
    findRun: (id) => findRun(db, { id }),

    async matchesOfRun(runId) {
      const rows = await selectMatches(db).where('m.run_id', '=', runId).orderBy('m.score', 'desc').orderBy('l.display_name').execute();
      return rows.map(toStoredMatch);
    },

    async latestUnmatched(personId) {
      const { rows } = await sql<{ run_at: Date; reason: string }>`
        select r.run_at, e.value->>'reason' as reason
        from (select id, run_at, unmatched from match_runs order by run_at desc, id desc limit 1) r
        cross join lateral jsonb_array_elements(r.unmatched) as e(value)
        where e.value->>'personId' = ${personId}`.execute(db);
      const reason = UnmatchedReason.safeParse(rows[0]?.reason);
      return rows[0] && reason.success ? { runAt: rows[0].run_at, reason: reason.data } : undefined;
    },

    async countWaitingLearners() {
      const row = await waitingOptIns(db)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    inRunLock: (work) => db.transaction().execute(async (trx) => work(await lockMatchRuns(trx))),

    recordReads: (entries) => insertAuditEntries(db, entries),
  };
}
