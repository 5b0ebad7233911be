import { sql } from 'kysely';
import type { FrameworkDocument, FrameworkVersion } from '../contracts/skills-framework.js';
import type { FrameworkRepository } from '../domain/audit/framework-repository.js';
import type { Db } from './database.js';

/** Loads one version with its categories and statements, in the order people see them. */
async function loadVersion(db: Db, where: { id: string } | { version: number } | 'current'): Promise<FrameworkVersion | undefined> {
  let query = db
    .selectFrom('framework_versions as v')
    .leftJoin('people as p', 'p.id', 'v.created_by')
    .select(['v.id', 'v.version', 'v.name', 'v.note', 'v.created_at', 'p.display_name as created_by_name'])
    .select(sql<boolean>`v.version = (select max(version) from framework_versions)`.as('current'));
  if (where === 'current') query = query.orderBy('v.version', 'desc').limit(1);
  else if ('id' in where) query = query.where('v.id', '=', where.id);
  else query = query.where('v.version', '=', where.version);
  const version = await query.executeTakeFirst();
  if (!version) return undefined;

  const [categories, statements] = await Promise.all([
    db.selectFrom('framework_categories').selectAll().where('framework_version_id', '=', version.id).orderBy('position').execute(),
    db.selectFrom('framework_statements').selectAll().where('framework_version_id', '=', version.id).orderBy('position').execute(),
  ]);
  return {
    id: version.id,
    version: version.version,
    name: version.name,
    note: version.note,
    createdAt: version.created_at.toISOString(),
    createdBy: version.created_by_name,
    current: version.current,
    categories: categories.map((category) => ({
      id: category.id,
      key: category.key,
      title: category.title,
      description: category.description,
      basic: category.basic,
      statements: statements
        .filter((statement) => statement.category_id === category.id)
        .map((statement) => ({
          id: statement.id,
          key: statement.key,
          text: statement.text,
          helpText: statement.help_text,
          example: statement.example,
          context: statement.context,
        })),
    })),
  };
}

/** Inserts the document as the next version number, inside the caller's transaction. */
export async function insertFrameworkVersion(trx: Db, document: FrameworkDocument, createdBy: string | null): Promise<string> {
  // Serialises concurrent saves so two editors cannot both take the same version number.
  await sql`lock table framework_versions in share row exclusive mode`.execute(trx);
  const { next } = await trx
    .selectFrom('framework_versions')
    .select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('framework_versions')
    .values({ version: next, name: document.name, note: document.note ?? null, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();

  for (const [categoryIndex, category] of document.categories.entries()) {
    const { id: categoryId } = await trx
      .insertInto('framework_categories')
      .values({
        framework_version_id: id,
        key: category.key,
        title: category.title,
        description: category.description,
        basic: category.basic,
        position: categoryIndex,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('framework_statements')
      .values(
        category.statements.map((statement, statementIndex) => ({
          framework_version_id: id,
          category_id: categoryId,
          key: statement.key,
          text: statement.text,
          help_text: statement.helpText,
          example: statement.example,
          context: statement.context,
          position: statementIndex,
        })),
      )
      .execute();
  }
  return id;
}

export function createFrameworkRepository(db: Db): FrameworkRepository {
  return {
    current: () => loadVersion(db, 'current'),
    findByVersion: (version) => loadVersion(db, { version }),
    findById: (id) => loadVersion(db, { id }),
    async saveVersion(document, createdBy) {
      const id = await db.transaction().execute((trx) => insertFrameworkVersion(trx, document, createdBy));
      const saved = await loadVersion(db, { id });
      if (!saved) throw new Error(`framework version ${id} vanished after it was saved`);
      return saved;
    },
  };
}
