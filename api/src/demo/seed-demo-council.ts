import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { DirectoryRepository } from '../domain/directory/directory-repository.js';
import { planStaffImport } from '../domain/directory/staff-import-plan.js';
import type { DemoCouncil } from './demo-council.js';

/**
 * Loads the demo council into an empty directory through the same import path HR uses,
 * then names heads of service and grants app roles. Safe to run on every start.
 */
export async function seedDemoCouncil(db: Db, directory: DirectoryRepository, council: DemoCouncil): Promise<{ seeded: boolean }> {
  const { count } = await db.selectFrom('people').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
  if (count === 0) {
    const { plan, errors } = planStaffImport(council.rows, await directory.importState());
    if (!plan) throw new Error(`The demo council does not import cleanly: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}`);
    await directory.applyImport(plan, { importedBy: null, source: 'csv', contentSha256: null, audit: [] });
  }

  await db.transaction().execute(async (tx) => {
    for (const head of council.heads) {
      await sql`
        update services set head_person_id = (select id from people where lower(email) = ${head.email})
        where lower(name) = lower(${head.service}) and head_person_id is null`.execute(tx);
    }
    for (const grant of council.roles) {
      await sql`
        insert into role_assignments (person_id, role)
        select id, ${grant.role} from people where lower(email) = ${grant.email}
        on conflict do nothing`.execute(tx);
    }
  });
  return { seeded: count === 0 };
}
