import { sql } from 'kysely';
import type { FrameworkHistory } from '../domain/audit/framework-queries.js';
import type { Db } from './database.js';

export function createFrameworkHistory(db: Db): FrameworkHistory {
  return {
    async list() {
      const rows = await db
        .selectFrom('framework_versions as v')
        .leftJoin('people as p', 'p.id', 'v.created_by')
        .select(['v.id', 'v.version', 'v.name', 'v.note', 'v.created_at', 'p.display_name as created_by_name'])
        .select([
          sql<boolean>`v.version = (select max(version) from framework_versions)`.as('current'),
          sql<number>`(select count(*) from framework_categories c where c.framework_version_id = v.id)::int`.as('categories'),
          sql<number>`(select count(*) from framework_statements s where s.framework_version_id = v.id)::int`.as('statements'),
        ])
        .orderBy('v.version', 'desc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        version: row.version,
        name: row.name,
        note: row.note,
        createdAt: row.created_at.toISOString(),
        createdBy: row.created_by_name,
        current: row.current,
        categories: row.categories,
        statements: row.statements,
      }));
    },
  };
}
