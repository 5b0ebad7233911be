import { sql, type Transaction } from 'kysely';
import type {
  PlanItemPlace,
  PlanItemRecord,
  PlanRecord,
  ServicePlanRepository,
  WriteStamp,
} from '../domain/service-plans/service-plan-repository.js';
import type { Db } from './database.js';
import { joinedPerson, joinedRef, type RowOf } from './query-helpers.js';
import type { Database } from './schema.js';

type Tx = Transaction<Database>;

function servicesQuery(db: Db) {
  return db
    .selectFrom('services as s')
    .leftJoin('people as h', 'h.id', 's.head_person_id')
    .select(['s.id', 's.name', 'h.id as head_id', 'h.display_name as head_name']);
}

function itemsQuery(db: Db, planId: string) {
  return db
    .selectFrom('service_plan_items as i')
    .leftJoin('people as o', 'o.id', 'i.owner_person_id')
    .leftJoin('projects as pr', 'pr.id', 'i.project_id')
    .select([
      'i.id',
      'i.kind',
      'i.title',
      'i.owner_person_id',
      'o.display_name as owner_name',
      'i.measure',
      'i.status',
      'i.project_id',
      'pr.name as project_name',
      'i.position',
      'i.updated_at',
    ])
    .where('i.plan_id', '=', planId)
    .orderBy('i.position')
    .orderBy('i.created_at')
    .orderBy('i.id');
}

function toItem(row: RowOf<typeof itemsQuery>): PlanItemRecord {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    owner: joinedPerson(row.owner_person_id, row.owner_name),
    measure: row.measure,
    status: row.status,
    project: joinedRef(row.project_id, row.project_name),
    position: row.position,
    updatedAt: row.updated_at,
  };
}

/**
 * Creates the plan if the service has none for the year, and stamps it with who wrote and
 * when. The upsert also locks the plan's row until the transaction ends, so two writers
 * to one plan take turns and positions never collide.
 */
async function stampPlan(tx: Tx, serviceId: string, yearId: string, stamp: WriteStamp, summary?: string): Promise<string> {
  const row = await tx
    .insertInto('service_plans')
    .values({ service_id: serviceId, year_id: yearId, summary: summary ?? '', updated_by: stamp.by, created_at: stamp.at, updated_at: stamp.at })
    .onConflict((conflict) =>
      conflict.columns(['service_id', 'year_id']).doUpdateSet({ updated_by: stamp.by, updated_at: stamp.at, ...(summary === undefined ? {} : { summary }) }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Locks an existing plan's row before its items change (the same lock stampPlan takes), and
 * stamps it only once something has changed: a write that finds its item gone writes nothing.
 */
async function lockPlan(tx: Tx, planId: string): Promise<void> {
  await tx.selectFrom('service_plans').select('id').where('id', '=', planId).forUpdate().execute();
}

async function touchPlan(tx: Tx, planId: string, stamp: WriteStamp): Promise<void> {
  await tx.updateTable('service_plans').set({ updated_by: stamp.by, updated_at: stamp.at }).where('id', '=', planId).execute();
}

/** Numbers the plan's items 0, 1, 2… in the order given. */
async function renumber(tx: Tx, orderedIds: readonly string[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await tx.updateTable('service_plan_items').set({ position }).where('id', '=', id).where('position', '!=', position).execute();
  }
}

async function orderedItemIds(tx: Tx, planId: string): Promise<string[]> {
  const rows = await tx.selectFrom('service_plan_items').select('id').where('plan_id', '=', planId).orderBy('position').orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => row.id);
}

function placeAt(ids: readonly string[], id: string, position: number | undefined): string[] {
  const others = ids.filter((candidate) => candidate !== id);
  const at = position === undefined ? others.length : Math.min(position, others.length);
  return [...others.slice(0, at), id, ...others.slice(at)];
}

export function createServicePlanRepository(db: Db): ServicePlanRepository {
  return {
    async findService(serviceId) {
      const row = await servicesQuery(db).where('s.id', '=', serviceId).executeTakeFirst();
      return row && { id: row.id, name: row.name, head: joinedPerson(row.head_id, row.head_name) };
    },

    async overview(yearId, reminder) {
      const rows = await servicesQuery(db)
        .leftJoin('service_plans as p', (join) => join.onRef('p.service_id', '=', 's.id').on('p.year_id', '=', yearId ?? sql<string>`null`))
        .select([
          'p.updated_at',
          sql<number>`(select count(*)::int from service_plan_items i where i.plan_id = p.id)`.as('item_count'),
          (reminder
            ? sql<boolean>`exists (select 1 from reminders_sent r where r.topic = ${reminder.topic} and r.period = ${reminder.period} and r.subject_id = s.id::text)`
            : sql<boolean>`false`
          ).as('reminded'),
        ])
        .orderBy('s.name')
        .execute();
      return rows.map((row) => ({
        service: { id: row.id, name: row.name, head: joinedPerson(row.head_id, row.head_name) },
        itemCount: row.item_count,
        updatedAt: row.updated_at,
        reminded: row.reminded,
      }));
    },

    async findPlan(serviceId, yearId): Promise<PlanRecord | undefined> {
      const plan = await db
        .selectFrom('service_plans as p')
        .leftJoin('people as u', 'u.id', 'p.updated_by')
        .select(['p.id', 'p.summary', 'p.updated_at', 'p.updated_by', 'u.display_name as updated_by_name'])
        .where('p.service_id', '=', serviceId)
        .where('p.year_id', '=', yearId)
        .executeTakeFirst();
      if (!plan) return undefined;
      const items = await itemsQuery(db, plan.id).execute();
      return {
        id: plan.id,
        summary: plan.summary,
        updatedAt: plan.updated_at,
        updatedBy: joinedPerson(plan.updated_by, plan.updated_by_name),
        items: items.map(toItem),
      };
    },

    async findItem(itemId): Promise<PlanItemPlace | undefined> {
      const row = await db
        .selectFrom('service_plan_items as i')
        .innerJoin('service_plans as p', 'p.id', 'i.plan_id')
        .select(['i.id', 'i.plan_id', 'p.service_id', 'p.year_id'])
        .where('i.id', '=', itemId)
        .executeTakeFirst();
      return row && { itemId: row.id, planId: row.plan_id, serviceId: row.service_id, yearId: row.year_id };
    },

    async isActivePerson(personId) {
      const row = await db.selectFrom('people').select('id').where('id', '=', personId).where('status', '=', 'active').executeTakeFirst();
      return row !== undefined;
    },

    async projectExists(projectId) {
      const row = await db.selectFrom('projects').select('id').where('id', '=', projectId).executeTakeFirst();
      return row !== undefined;
    },

    async saveSummary(serviceId, yearId, summary, stamp) {
      await db.transaction().execute((tx) => stampPlan(tx, serviceId, yearId, stamp, summary));
    },

    async addItem(serviceId, yearId, item, position, stamp) {
      return db.transaction().execute(async (tx) => {
        const planId = await stampPlan(tx, serviceId, yearId, stamp);
        const existing = await orderedItemIds(tx, planId);
        const row = await tx
          .insertInto('service_plan_items')
          .values({
            plan_id: planId,
            kind: item.kind,
            title: item.title,
            owner_person_id: item.ownerPersonId,
            measure: item.measure,
            status: item.status,
            project_id: item.projectId,
            position: existing.length,
            created_at: stamp.at,
            updated_at: stamp.at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (position !== undefined && position < existing.length) await renumber(tx, placeAt([...existing, row.id], row.id, position));
        return row.id;
      });
    },

    async updateItem(place, changes, position, stamp) {
      return db.transaction().execute(async (tx) => {
        await lockPlan(tx, place.planId);
        const updated = await tx
          .updateTable('service_plan_items')
          .set({
            ...(changes.kind === undefined ? {} : { kind: changes.kind }),
            ...(changes.title === undefined ? {} : { title: changes.title }),
            ...(changes.ownerPersonId === undefined ? {} : { owner_person_id: changes.ownerPersonId }),
            ...(changes.measure === undefined ? {} : { measure: changes.measure }),
            ...(changes.status === undefined ? {} : { status: changes.status }),
            ...(changes.projectId === undefined ? {} : { project_id: changes.projectId }),
            updated_at: stamp.at,
          })
          .where('id', '=', place.itemId)
          .where('plan_id', '=', place.planId)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        if (position !== undefined) await renumber(tx, placeAt(await orderedItemIds(tx, place.planId), place.itemId, position));
        await touchPlan(tx, place.planId, stamp);
        return true;
      });
    },

    async removeItem(place, stamp) {
      return db.transaction().execute(async (tx) => {
        await lockPlan(tx, place.planId);
        const removed = await tx.deleteFrom('service_plan_items').where('id', '=', place.itemId).where('plan_id', '=', place.planId).executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) return false;
        await renumber(tx, await orderedItemIds(tx, place.planId));
        await touchPlan(tx, place.planId, stamp);
        return true;
      });
    },
  };
}
