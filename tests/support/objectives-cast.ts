import { sql } from 'kysely';
import type { Db } from '../../api/src/db/database.js';
import { demoPersonId } from '../factories/people.js';
import { signInAs, type TestServer } from './start-test-server.js';

/**
 * The people every authorisation matrix for objectives, service plans and the register is
 * written against, taken from the demo council every test server has:
 *
 * - staff: Sam Whitfield (Customer Services), whose records the matrix is about;
 * - directManager: Gareth Morgan, Sam's line manager;
 * - indirectManager: Gareth's manager, the head of Customer Services (so also headOwn);
 * - managerOutside: another Customer Services team manager, not in Sam's chain;
 * - headOther: Helen Adeyemi, head of Housing;
 * - policy: Marcus Reid; hr: Fiona Campbell; digital: Tom Nguyen.
 */
export const CAST_ROLES = ['staff', 'directManager', 'indirectManager', 'managerOutside', 'headOwn', 'headOther', 'policy', 'hr', 'digital'] as const;
export type CastRole = (typeof CAST_ROLES)[number];

export interface CastMember {
  id: string;
  displayName: string;
  serviceId: string | null;
  /** Headers that sign requests in as this person. */
  headers: { cookie: string };
}

export type Cast = Record<CastRole, CastMember>;

async function member(server: TestServer, id: string): Promise<CastMember> {
  const row = await server.db.selectFrom('people').select(['display_name', 'service_id']).where('id', '=', id).executeTakeFirstOrThrow();
  return { id, displayName: row.display_name, serviceId: row.service_id, headers: { cookie: await signInAs(server.baseUrl, id) } };
}

async function otherManagerInService(db: Db, serviceId: string, excluded: string[]): Promise<string> {
  const row = await db
    .selectFrom('people as manager')
    .select('manager.id')
    .where('manager.service_id', '=', serviceId)
    .where('manager.id', 'not in', excluded)
    .where('manager.status', '=', 'active')
    .where(sql<boolean>`exists (select 1 from people report where report.line_manager_id = manager.id and report.status = 'active')`)
    .orderBy('manager.display_name')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Signs everyone in the cast in, once per server. */
export async function objectivesCast(server: TestServer): Promise<Cast> {
  const { db } = server;
  const samId = await demoPersonId(db, 'Sam Whitfield');
  const garethId = await demoPersonId(db, 'Gareth Morgan');
  const gareth = await db.selectFrom('people').select(['line_manager_id', 'service_id']).where('id', '=', garethId).executeTakeFirstOrThrow();
  const headOwnId = gareth.line_manager_id!;
  const head = await db.selectFrom('services').select('id').where('head_person_id', '=', headOwnId).executeTakeFirstOrThrow();
  if (head.id !== gareth.service_id) throw new Error('The demo council no longer has Gareth reporting to his head of service');
  const outsideId = await otherManagerInService(db, gareth.service_id!, [garethId, headOwnId]);
  const headOwn = await member(server, headOwnId);
  return {
    staff: await member(server, samId),
    directManager: await member(server, garethId),
    indirectManager: headOwn,
    managerOutside: await member(server, outsideId),
    headOwn,
    headOther: await member(server, await demoPersonId(db, 'Helen Adeyemi')),
    policy: await member(server, await demoPersonId(db, 'Marcus Reid')),
    hr: await member(server, await demoPersonId(db, 'Fiona Campbell')),
    digital: await member(server, await demoPersonId(db, 'Tom Nguyen')),
  };
}
