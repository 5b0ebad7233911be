import { expect } from '@jest/globals';
import { sql } from 'kysely';
import { Problem } from '../../api/src/contracts/common.js';
import type { Db } from '../../api/src/db/database.js';
import type { Database } from '../../api/src/db/schema.js';
import { CAST_ROLES, type CastRole } from './objectives-cast.js';

/**
 * What the authorisation matrices for objectives, service plans and the projects register
 * share: a table of the status each role in the cast gets, and the rule that a refused
 * request writes nothing.
 */

/** The status each role in the cast gets from one endpoint. */
export type StatusByRole = Record<CastRole, number>;

/** `allowed` for the roles named, `refused` for the rest of the cast. */
export function statusFor(roles: Iterable<CastRole>, allowed = 200, refused = 403): StatusByRole {
  const named = new Set(roles);
  return Object.fromEntries(CAST_ROLES.map((role) => [role, named.has(role) ? allowed : refused])) as StatusByRole;
}

/** The same status for everyone in the cast. */
export const everyone = (status: number): StatusByRole => statusFor([], status, status);

/** One `[role, status]` row per role in the cast, for `it.each`. */
export const roleCases = (statuses: StatusByRole): (readonly [CastRole, number])[] => CAST_ROLES.map((role) => [role, statuses[role]] as const);

export type TableName = keyof Database & string;

/** Every row of the tables named, in a stable order: equal before and after means nothing was written. */
export async function tableRows(db: Db, tables: readonly TableName[]): Promise<Record<string, unknown[]>> {
  const sorted = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
      // Sorted by their whole content, as not every table has an id to order by.
      return rows.map((row) => [JSON.stringify(row), row] as const).sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
    }),
  );
  return Object.fromEntries(tables.map((table, index) => [table, sorted[index]!]));
}

/**
 * Sends a request as `role` and checks it gets the status the matrix gives them. A refusal
 * must be a problem document and must leave every row of `unchanged.tables` as it was.
 * The response is returned unread on a 2xx, for the caller's own checks.
 */
export async function expectAnswer(
  role: CastRole,
  expected: number,
  send: () => Promise<Response>,
  unchanged: { db: Db; tables: readonly TableName[] },
): Promise<Response> {
  const refused = expected >= 400;
  const before = refused ? await tableRows(unchanged.db, unchanged.tables) : undefined;

  const response = await send();

  // The role is in the comparison so that a failure names who got the wrong answer.
  expect({ role, status: response.status }).toEqual({ role, status: expected });
  if (before !== undefined) {
    Problem.parse(await response.json());
    expect(await tableRows(unchanged.db, unchanged.tables)).toEqual(before);
  }
  return response;
}
