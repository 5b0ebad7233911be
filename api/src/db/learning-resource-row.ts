import type { Selectable } from 'kysely';
import type { LearningResource } from '../contracts/learning-resources.js';
import type { LearningResourcesTable } from './schema.js';

/** The `learning_resources` columns a resource is read from. */
export type LearningResourceRow = Omit<Selectable<LearningResourcesTable>, 'created_by' | 'created_at'>;

export function toLearningResource(row: LearningResourceRow): LearningResource {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    description: row.description,
    url: row.url,
    provider: row.provider,
    durationMinutes: row.duration_minutes,
    statementKeys: row.statement_keys,
    categoryKeys: row.category_keys,
    archived: row.archived_at !== null,
    updatedAt: row.updated_at.toISOString(),
  };
}
