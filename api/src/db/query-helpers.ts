/** Small pieces every repository's queries share. */

/** The row a query built by `Query` returns, named once instead of spelt out in each repository. */
export type RowOf<Query extends (...args: never[]) => { executeTakeFirstOrThrow(): Promise<unknown> }> = Awaited<
  ReturnType<ReturnType<Query>['executeTakeFirstOrThrow']>
>;

/** A page of rows carrying `count(*) over ()` as `total`; an empty page counts 0. */
export function pageOf<Row extends { total: number }, Item>(rows: readonly Row[], toItem: (row: Row) => Item): { items: Item[]; total: number } {
  return { items: rows.map((row) => toItem(row)), total: Number(rows[0]?.total ?? 0) };
}

/** `%`, `_` and `\` typed by a person are letters to find, not patterns. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The unique index a PostgreSQL unique violation names, if the error is one: the database decides races on unique values. */
export function violatedUniqueIndex(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && typeof constraint === 'string' ? constraint : undefined;
}

/** A person from a left join: both columns come from the joined row, so either both are there or nobody is. */
export function joinedPerson(id: string | null, displayName: string | null): { id: string; displayName: string } | null {
  return id !== null && displayName !== null ? { id, displayName } : null;
}

/** A named thing (a service, a project) from a left join, as `joinedPerson`. */
export function joinedRef(id: string | null, name: string | null): { id: string; name: string } | null {
  return id !== null && name !== null ? { id, name } : null;
}
