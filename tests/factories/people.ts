import { sql } from 'kysely';
import type { Db } from '../../api/src/db/database.js';
import { demoEmail } from '../../api/src/demo/demo-council.js';

/** The id of a demo council person, by display name. */
export async function demoPersonId(db: Db, displayName: string): Promise<string> {
  const row = await db.selectFrom('people').select('id').where(sql<string>`lower(email)`, '=', demoEmail(displayName)).executeTakeFirstOrThrow();
  return row.id;
}

let counter = 0;

export interface PersonOverrides {
  displayName?: string;
  email?: string;
  jobTitle?: string | null;
  serviceId?: string | null;
  siteId?: string | null;
  lineManagerId?: string | null;
  entraObjectId?: string | null;
  status?: 'active' | 'leaver';
  /** For a leaver: the day they left. */
  leftOn?: string;
}

/** Inserts one person with sensible defaults; returns their id. */
export async function buildPerson(db: Db, overrides: PersonOverrides = {}): Promise<string> {
  counter += 1;
  const status = overrides.status ?? 'active';
  const row = await db
    .insertInto('people')
    .values({
      display_name: overrides.displayName ?? `Test Person ${counter}`,
      email: overrides.email ?? `test.person.${counter}.${Date.now()}@example.gov.uk`,
      job_title: overrides.jobTitle ?? 'Officer',
      service_id: overrides.serviceId ?? null,
      site_id: overrides.siteId ?? null,
      line_manager_id: overrides.lineManagerId ?? null,
      entra_object_id: overrides.entraObjectId ?? null,
      status,
      left_on: status === 'leaver' ? (overrides.leftOn ?? '2026-01-31') : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
