import { sql, type Kysely, type Transaction } from 'kysely';
import type { MatchRunStore } from '../domain/champions/matching/matching-deps.js';
import { createChampionPool } from './champion-pool-repository.js';
import { latestAuditResults } from './latest-audit-results.js';
import type { Database } from './schema.js';

/** Held for the run's transaction: a second run waits for the first to commit, then sees its matches. */
const MATCHING_LOCK = 4_201_004;
/** Rows per insert statement, well within PostgreSQL's limit on parameters. */
const INSERT_CHUNK = 1_000;

/** Opted in, still at the council, and without an active match. */
export function waitingOptIns(db: Kysely<Database>) {
  return db
    .selectFrom('matching_opt_ins as o')
    .innerJoin('people as p', 'p.id', 'o.person_id')
    .where('o.withdrawn_at', 'is', null)
    .where('p.status', '=', 'active')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('champion_matches as m').select('m.id').whereRef('m.learner_id', '=', 'o.person_id').where('m.status', '=', 'active'))),
    );
}

export async function lockMatchRuns(trx: Transaction<Database>): Promise<MatchRunStore> {
  await sql`select pg_advisory_xact_lock(${MATCHING_LOCK})`.execute(trx);
  return {
    async waitingLearners() {
      const rows = await waitingOptIns(trx)
        .select(['o.person_id', 'p.site_id', 'p.service_id', 'o.in_person'])
        .orderBy('o.opted_in_at')
        .orderBy('o.person_id')
        .execute();
      return rows.map((row) => ({ personId: row.person_id, siteId: row.site_id, serviceId: row.service_id, inPerson: row.in_person }));
    },

    async latestAudits(personIds) {
      const results = await latestAuditResults(trx, personIds);
      return new Map([...results].map(([personId, result]) => [personId, result.categories]));
    },

    activeChampions: () => createChampionPool(trx).activeChampions(),

    async pairingsSince(since) {
      const rows = await trx
        .selectFrom('champion_matches as m')
        .where('m.created_at', '>=', since)
        .where('m.learner_id', 'in', waitingOptIns(trx).select('o.person_id'))
        .select(['m.learner_id', 'm.champion_id'])
        .execute();
      return rows.map((row) => ({ learnerId: row.learner_id, championId: row.champion_id }));
    },

    async saveRun({ runBy, runAt, settings, outcome }) {
      const run = await trx
        .insertInto('match_runs')
        .values({
          run_by: runBy,
          run_at: runAt,
          settings: JSON.stringify(settings),
          matched_count: outcome.matches.length,
          total_score: outcome.totalScore,
          unmatched: JSON.stringify(outcome.unmatched.map((entry) => ({ personId: entry.learnerId, reason: entry.reason }))),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let from = 0; from < outcome.matches.length; from += INSERT_CHUNK) {
        await trx
          .insertInto('champion_matches')
          .values(
            outcome.matches.slice(from, from + INSERT_CHUNK).map((match) => ({
              run_id: run.id,
              learner_id: match.learnerId,
              champion_id: match.championId,
              score: match.score,
              explanation: match.explanation,
              created_at: runAt,
            })),
          )
          .execute();
      }
      return run.id;
    },
  };
}
