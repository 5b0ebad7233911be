import { sql } from 'kysely';
import type { LearningResourceInput } from '../contracts/learning-resources.js';
import type { LearningResourceRepository } from '../domain/audit/learning-resource-repository.js';
import type { Db } from './database.js';
import { likePattern } from './query-helpers.js';
import { toLearningResource as toResource } from './learning-resource-row.js';

function columns(input: LearningResourceInput) {
  return {
    title: input.title,
    kind: input.kind,
    description: input.description,
    url: input.url,
    provider: input.provider,
    duration_minutes: input.durationMinutes,
    statement_keys: [...input.statementKeys],
    category_keys: [...input.categoryKeys],
  };
}

export function createLearningResourceRepository(db: Db): LearningResourceRepository {
  return {
    async search(filter) {
      let query = db.selectFrom('learning_resources').selectAll().select((eb) => eb.fn.countAll<number>().over().as('total'));
      if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
      if (filter.statementKey) query = query.where(sql<boolean>`${filter.statementKey} = any(statement_keys)`);
      if (filter.categoryKey) query = query.where(sql<boolean>`${filter.categoryKey} = any(category_keys)`);
      if (filter.text) {
        const pattern = likePattern(filter.text);
        query = query.where((eb) =>
          eb.or([eb('title', 'ilike', pattern), eb('description', 'ilike', pattern), eb('provider', 'ilike', pattern)]),
        );
      }
      const rows = await query.orderBy('title').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
      return { items: rows.map(toResource), total: Number(rows[0]?.total ?? 0) };
    },

    async forKeys({ statementKeys, categoryKeys }) {
      if (statementKeys.length === 0 && categoryKeys.length === 0) return [];
      const rows = await db
        .selectFrom('learning_resources')
        .selectAll()
        .where('archived_at', 'is', null)
        .where(
          sql<boolean>`(statement_keys && ${sql.val([...statementKeys])}::text[] or category_keys && ${sql.val([...categoryKeys])}::text[])`,
        )
        .orderBy('title')
        .execute();
      return rows.map(toResource);
    },

    async find(id) {
      const row = await db.selectFrom('learning_resources').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toResource(row);
    },

    async create(input, createdBy) {
      const row = await db
        .insertInto('learning_resources')
        .values({ ...columns(input), created_by: createdBy })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toResource(row);
    },

    async update(id, input) {
      const row = await db
        .updateTable('learning_resources')
        .set({ ...columns(input), updated_at: sql`now()` })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toResource(row);
    },

    async setArchived(id, archived) {
      const row = await db
        .updateTable('learning_resources')
        // Archiving twice keeps the first date; restoring clears it.
        .set({ archived_at: archived ? sql`coalesce(archived_at, now())` : null, updated_at: sql`now()` })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toResource(row);
    },

    seedOnce: (marker, resources) =>
      db.transaction().execute(async (trx) => {
        // The marker row decides, under its primary key, which of several starting servers seeds.
        const claimed = await trx
          .insertInto('settings')
          .values({ key: marker, value: JSON.stringify({ seededAt: new Date().toISOString(), count: resources.length }) })
          .onConflict((oc) => oc.column('key').doNothing())
          .returning('key')
          .executeTakeFirst();
        if (!claimed) return { seeded: false };
        if (resources.length > 0) {
          await trx
            .insertInto('learning_resources')
            .values(resources.map((resource) => columns(resource)))
            .execute();
        }
        return { seeded: true };
      }),
  };
}
