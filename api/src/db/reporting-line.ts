import { sql } from 'kysely';

/** Everyone below the manager in the line-management tree; `union` stops at a loop in bad data. */
export const reportingLineIds = (managerId: string) => sql`
  with recursive line (id) as (
    select id from people where line_manager_id = ${managerId}
    union
    select p.id from people p join line l on p.line_manager_id = l.id
  )`;
