import { sql, type SelectQueryBuilder } from 'kysely';
import { SUPPORT_SESSION_KINDS, type SupportLogTotals } from '../contracts/support-log.js';
import type {
  SupportLogFilter,
  SupportLogRepository,
  SupportSessionRecord,
} from '../domain/champions/support-log/support-log-repository.js';
import type { Db } from './database.js';
import type { RowOf } from './query-helpers.js';
import type { Database } from './schema.js';

type From = Database & { s: Database['support_sessions'] };

function filtered<O>(query: SelectQueryBuilder<From, 's', O>, filter: SupportLogFilter): SelectQueryBuilder<From, 's', O> {
  let result = query;
  if (filter.championId) result = result.where('s.champion_id', '=', filter.championId);
  if (filter.kind) result = result.where('s.kind', '=', filter.kind);
  if (filter.from) result = result.where('s.happened_on', '>=', filter.from);
  if (filter.to) result = result.where('s.happened_on', '<=', filter.to);
  if (filter.categoryKey) result = result.where(sql<boolean>`${filter.categoryKey} = any(s.category_keys)`);
  return result;
}

function recordsQuery(db: Db) {
  return db
    .selectFrom('support_sessions as s')
    .innerJoin('people as p', 'p.id', 's.champion_id')
    .leftJoin('drop_in_sessions as d', 'd.id', 's.drop_in_id')
    .select([
      's.id',
      's.champion_id',
      'p.display_name',
      's.kind',
      's.happened_on',
      's.minutes',
      's.people_helped',
      's.category_keys',
      's.note',
      's.drop_in_id',
      'd.title as drop_in_title',
      's.help_request_id',
      's.created_at',
    ]);
}

type RecordRow = RowOf<typeof recordsQuery>;

function toRecord(row: RecordRow): SupportSessionRecord {
  return {
    id: row.id,
    champion: { id: row.champion_id, displayName: row.display_name },
    kind: row.kind,
    happenedOn: row.happened_on,
    minutes: row.minutes,
    peopleHelped: row.people_helped,
    categoryKeys: row.category_keys,
    note: row.note,
    dropIn: row.drop_in_id ? { id: row.drop_in_id, title: row.drop_in_title ?? '' } : null,
    helpRequestId: row.help_request_id,
    createdAt: row.created_at,
  };
}

export function createSupportLogRepository(db: Db): SupportLogRepository {
  return {
    async create(session) {
      return db.transaction().execute(async (trx) => {
        if (session.dropInId) {
          // The lock makes "not logged yet" and the insert one step for everyone logging this drop-in.
          await trx.selectFrom('drop_in_sessions').select('id').where('id', '=', session.dropInId).forUpdate().executeTakeFirst();
          const logged = await trx.selectFrom('support_sessions').select('id').where('drop_in_id', '=', session.dropInId).executeTakeFirst();
          if (logged) return { kind: 'drop-in-already-logged' as const };
        }
        const row = await trx
          .insertInto('support_sessions')
          .values({
            champion_id: session.championId,
            kind: session.kind,
            happened_on: session.happenedOn,
            minutes: session.minutes,
            people_helped: session.peopleHelped,
            category_keys: session.categoryKeys,
            note: session.note,
            drop_in_id: session.dropInId,
            created_at: session.loggedAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { kind: 'created' as const, id: row.id };
      });
    },

    async find(id) {
      const row = await recordsQuery(db).where('s.id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async search(filter, page) {
      const rows = await filtered(recordsQuery(db).select((eb) => eb.fn.countAll<number>().over().as('total')), filter)
        .orderBy('s.happened_on', 'desc')
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      let total = Number(rows[0]?.total ?? 0);
      // Past the last page the window count is not there to read; count separately.
      if (rows.length === 0 && page.offset > 0) {
        const counted = await filtered(db.selectFrom('support_sessions as s').select((eb) => eb.fn.countAll<number>().as('n')), filter).executeTakeFirst();
        total = Number(counted?.n ?? 0);
      }
      return { items: rows.map(toRecord), total };
    },

    async totals(filter) {
      const rows = await filtered(
        db
          .selectFrom('support_sessions as s')
          .select([
            's.kind',
            sql<number>`count(*)::int`.as('sessions'),
            sql<number>`coalesce(sum(s.minutes), 0)::int`.as('minutes'),
            sql<number>`coalesce(sum(s.people_helped), 0)::int`.as('people_helped'),
          ]),
        filter,
      )
        .groupBy('s.kind')
        .execute();
      const byKind = SUPPORT_SESSION_KINDS.map((kind) => {
        const row = rows.find((candidate) => candidate.kind === kind);
        return { kind, sessions: row?.sessions ?? 0, minutes: row?.minutes ?? 0, peopleHelped: row?.people_helped ?? 0 };
      });
      const sum = (pick: (total: (typeof byKind)[number]) => number) => byKind.reduce((total, kind) => total + pick(kind), 0);
      const totals: SupportLogTotals = {
        sessions: sum((kind) => kind.sessions),
        minutes: sum((kind) => kind.minutes),
        peopleHelped: sum((kind) => kind.peopleHelped),
        byKind,
      };
      return totals;
    },

    async deleteOwn(id, championId, loggedSince) {
      const result = await db
        .deleteFrom('support_sessions')
        .where('id', '=', id)
        .where('champion_id', '=', championId)
        .where('kind', '!=', 'help-request')
        .where('created_at', '>=', loggedSince)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
