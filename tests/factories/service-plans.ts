import type { Db } from '../../api/src/db/database.js';
import type { PlanItemKind, PlanItemStatus } from '../../api/src/db/schema.js';
import { buildAppraisalYear } from './objectives.js';

let counter = 0;

/** The open appraisal year: the one the server already has, or a new one (2026/27). */
export async function openYearId(db: Db): Promise<string> {
  const open = await db.selectFrom('appraisal_years').select('id').where('status', '=', 'open').executeTakeFirst();
  return open?.id ?? buildAppraisalYear(db);
}

/** A service's id by its name in the demo council. */
export async function serviceId(db: Db, name: string): Promise<string> {
  const row = await db.selectFrom('services').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export interface PlanItemOverrides {
  kind?: PlanItemKind;
  title?: string;
  ownerPersonId?: string | null;
  measure?: string;
  status?: PlanItemStatus;
  projectId?: string | null;
}

export interface ServicePlanOverrides {
  summary?: string;
  updatedBy?: string | null;
  /** The plan's items, in order: none unless told. */
  items?: PlanItemOverrides[];
}

/** A service's plan for a year, written straight to the tables; returns the plan's id and its items' ids in order. */
export async function buildServicePlan(
  db: Db,
  service: string,
  yearId: string,
  overrides: ServicePlanOverrides = {},
): Promise<{ planId: string; itemIds: string[] }> {
  const plan = await db
    .insertInto('service_plans')
    .values({ service_id: service, year_id: yearId, summary: overrides.summary ?? 'Make more of our services easy to use online.', updated_by: overrides.updatedBy ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const itemIds: string[] = [];
  for (const [position, item] of (overrides.items ?? []).entries()) {
    counter += 1;
    const row = await db
      .insertInto('service_plan_items')
      .values({
        plan_id: plan.id,
        kind: item.kind ?? 'objective',
        title: item.title ?? `Plan item ${counter}: move a paper form online`,
        owner_person_id: item.ownerPersonId ?? null,
        measure: item.measure ?? 'Nine in ten requests arrive through the online form.',
        status: item.status ?? 'on-track',
        project_id: item.projectId ?? null,
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    itemIds.push(row.id);
  }
  return { planId: plan.id, itemIds };
}
