import type { LearningResource, LearningResourceInput, LearningResourcePage } from '../../contracts/learning-resources.js';

export interface LearningResourceFilter {
  /** Words to find in the title, description or provider. */
  text?: string;
  statementKey?: string;
  categoryKey?: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
}

/** Where the resource library is kept. Resources link to statements and categories by key. */
export interface LearningResourceRepository {
  search(filter: LearningResourceFilter): Promise<LearningResourcePage>;
  /** Resources (not archived) linked to any of these statements or categories: what learning plans draw on. */
  forKeys(keys: { statementKeys: readonly string[]; categoryKeys: readonly string[] }): Promise<LearningResource[]>;
  find(id: string): Promise<LearningResource | undefined>;
  create(input: LearningResourceInput, createdBy: string): Promise<LearningResource>;
  /** Undefined when there is no such resource. */
  update(id: string, input: LearningResourceInput): Promise<LearningResource | undefined>;
  setArchived(id: string, archived: boolean): Promise<LearningResource | undefined>;
  /**
   * Adds `resources` unless they were added before, remembered under `marker` in the
   * settings, so a library the digital team has emptied stays empty.
   */
  seedOnce(marker: string, resources: readonly LearningResourceInput[]): Promise<{ seeded: boolean }>;
}
