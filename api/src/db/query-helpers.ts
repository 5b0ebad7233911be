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
