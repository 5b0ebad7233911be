import type { FrameworkVersion } from '../../contracts/skills-framework.js';
import type { FrameworkRepository } from './framework-repository.js';

/** A statement with the category it sits in, found by id. */
export interface IndexedStatement {
  id: string;
  key: string;
  text: string;
  categoryKey: string;
  categoryTitle: string;
}

/** A framework version with its statements looked up by id. */
export interface IndexedFramework {
  version: FrameworkVersion;
  statements: ReadonlyMap<string, IndexedStatement>;
  total: number;
}

export interface FrameworkVersions {
  /**
   * The version with that id, indexed; undefined when there is none. `read` is how to read it
   * when it is not kept yet: inside a transaction, through that transaction's connection.
   */
  get(id: string, read?: () => Promise<FrameworkVersion | undefined>): Promise<IndexedFramework | undefined>;
}

export function indexFramework(version: FrameworkVersion): IndexedFramework {
  const statements = new Map<string, IndexedStatement>();
  for (const category of version.categories) {
    for (const statement of category.statements) {
      statements.set(statement.id, {
        id: statement.id,
        key: statement.key,
        text: statement.text,
        categoryKey: category.key,
        categoryTitle: category.title,
      });
    }
  }
  return { version, statements, total: statements.size };
}

/**
 * A stored version never changes (editing writes a new one), so once read it can be kept
 * in memory for good: every save and submit needs its campaign's version, and reading
 * sixty statements per request would be most of the work. Safe with several servers.
 */
export function cachedFrameworkVersions(repository: Pick<FrameworkRepository, 'findById'>): FrameworkVersions {
  const cache = new Map<string, Promise<IndexedFramework | undefined>>();
  return {
    get(id, read = () => repository.findById(id)) {
      let found = cache.get(id);
      if (!found) {
        found = read().then((version) => (version ? indexFramework(version) : undefined));
        // A failed or empty read is not kept: the next request tries again.
        found.then(
          (value) => {
            if (!value) cache.delete(id);
          },
          () => cache.delete(id),
        );
        cache.set(id, found);
      }
      return found;
    },
  };
}
