import { sql } from 'kysely';
import type { GuideInput } from '../contracts/guides.js';
import type { GuideRecord, GuideRepository, SkillKeys } from '../domain/champions/guides/guide-repository.js';
import type { Db } from './database.js';
import { likePattern, pageOf, type RowOf } from './query-helpers.js';

function contentColumns(input: GuideInput) {
  return {
    title: input.title,
    summary: input.summary,
    body_markdown: input.bodyMarkdown,
    category_keys: [...input.categoryKeys],
    statement_keys: [...input.statementKeys],
  };
}

function sharesSkill(skills: SkillKeys) {
  return sql<boolean>`(g.category_keys && ${sql.val([...skills.categoryKeys])}::text[] or g.statement_keys && ${sql.val([...skills.statementKeys])}::text[])`;
}

export function createGuideRepository(db: Db): GuideRepository {
  /** Guides with their author's and publisher's names. */
  const guides = () =>
    db
      .selectFrom('how_to_guides as g')
      .leftJoin('people as a', 'a.id', 'g.author_id')
      .leftJoin('people as pb', 'pb.id', 'g.published_by')
      .selectAll('g')
      .select(['a.display_name as author_name', 'pb.display_name as publisher_name']);

  const toRecord = (row: RowOf<typeof guides>): GuideRecord => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.body_markdown,
    categoryKeys: row.category_keys,
    statementKeys: row.statement_keys,
    status: row.status,
    author: row.author_id && row.author_name ? { id: row.author_id, displayName: row.author_name } : null,
    publishedBy: row.published_by && row.publisher_name ? { id: row.published_by, displayName: row.publisher_name } : null,
    publishedAt: row.published_at,
    reviewNote: row.review_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  const find = async (id: string) => {
    const row = await guides().where('g.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  };

  return {
    find,

    async create(input, authorId, at) {
      const { id } = await db
        .insertInto('how_to_guides')
        .values({ ...contentColumns(input), author_id: authorId, status: 'draft', created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await find(id))!;
    },

    async update(id, input, statuses, at) {
      const row = await db
        .updateTable('how_to_guides')
        .set({ ...contentColumns(input), updated_at: at })
        .where('id', '=', id)
        .where('status', 'in', [...statuses])
        .returning('id')
        .executeTakeFirst();
      return row && find(row.id);
    },

    async transition(id, change) {
      const row = await db
        .updateTable('how_to_guides')
        .set({
          status: change.to,
          updated_at: change.at,
          ...(change.publishedBy ? { published_by: change.publishedBy, published_at: change.at } : {}),
          ...(change.reviewNote !== undefined ? { review_note: change.reviewNote } : {}),
        })
        .where('id', '=', id)
        .where('status', 'in', [...change.from])
        .returning('id')
        .executeTakeFirst();
      return row && find(row.id);
    },

    async searchPublished(filter) {
      let query = guides().select((eb) => eb.fn.countAll<number>().over().as('total')).where('g.status', '=', 'published');
      if (filter.skills) query = query.where(sharesSkill(filter.skills));
      if (filter.text) {
        const pattern = likePattern(filter.text);
        query = query.where((eb) => eb.or([eb('g.title', 'ilike', pattern), eb('g.summary', 'ilike', pattern), eb('g.body_markdown', 'ilike', pattern)]));
      }
      const rows = await query.orderBy('g.title').orderBy('g.id').limit(filter.limit).offset(filter.offset).execute();
      return pageOf(rows, toRecord);
    },

    async byAuthor(authorId) {
      const rows = await guides().where('g.author_id', '=', authorId).orderBy('g.updated_at', 'desc').orderBy('g.id').execute();
      return rows.map(toRecord);
    },

    async withStatus(status) {
      const rows = await guides().where('g.status', '=', status).orderBy('g.updated_at').orderBy('g.id').execute();
      return rows.map(toRecord);
    },

    async publishedFor(skills, limit) {
      const rows = await guides().where('g.status', '=', 'published').where(sharesSkill(skills)).orderBy('g.title').orderBy('g.id').limit(limit).execute();
      return rows.map(toRecord);
    },
  };
}
