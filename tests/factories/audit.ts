import type { Db } from '../../api/src/db/database.js';
import { insertFrameworkVersion } from '../../api/src/db/framework-repository.js';
import { FRAMEWORK_FORMAT, type FrameworkDocument } from '../../api/src/contracts/skills-framework.js';

/**
 * A framework of `categories` categories with `statementsEach` statements each; the first
 * `basicCategories` count towards basic digital skills. Keys are `cat-1`, `cat-1-s-1`, …
 */
export function frameworkDocument(
  options: { categories?: number; statementsEach?: number; basicCategories?: number; name?: string } = {},
): FrameworkDocument {
  const { categories = 3, statementsEach = 2, basicCategories = 2, name = 'Test framework' } = options;
  return {
    format: FRAMEWORK_FORMAT,
    name,
    categories: Array.from({ length: categories }, (_, c) => ({
      key: `cat-${c + 1}`,
      title: `Category ${c + 1}`,
      description: `What category ${c + 1} covers.`,
      basic: c < basicCategories,
      statements: Array.from({ length: statementsEach }, (_, s) => ({
        key: `cat-${c + 1}-s-${s + 1}`,
        text: `Do task ${s + 1} of category ${c + 1}`,
        helpText: `What task ${s + 1} means.`,
        example: `For example, task ${s + 1}.`,
        context: s % 2 === 0 ? ('work' as const) : ('life' as const),
      })),
    })),
  };
}

/** Saves a framework version (the next number); returns its id. */
export async function buildFramework(db: Db, document: FrameworkDocument = frameworkDocument()): Promise<string> {
  return db.transaction().execute((trx) => insertFrameworkVersion(trx, document, null));
}

export interface CampaignOverrides {
  name?: string;
  frameworkVersionId: string;
  opensOn?: string;
  closesOn?: string;
  status?: 'draft' | 'launched' | 'closed';
  /** People in the campaign; only for launched or closed campaigns. */
  memberIds?: string[];
  reminderDays?: number[];
}

let counter = 0;

/** Inserts a campaign straight into the database (open from 2026-11-01 to 2026-12-31 unless told otherwise). */
export async function buildCampaign(db: Db, overrides: CampaignOverrides): Promise<string> {
  counter += 1;
  const status = overrides.status ?? 'launched';
  const { id } = await db
    .insertInto('audit_campaigns')
    .values({
      name: overrides.name ?? `Test campaign ${counter}`,
      opens_on: overrides.opensOn ?? '2026-11-01',
      closes_on: overrides.closesOn ?? '2026-12-31',
      framework_version_id: overrides.frameworkVersionId,
      population_kind: 'everyone',
      reminder_days: overrides.reminderDays ?? [7, 1],
      status,
      launched_at: status === 'draft' ? null : new Date('2026-11-01T09:00:00Z'),
      closed_at: status === 'closed' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members = overrides.memberIds ?? [];
  if (members.length > 0) {
    await db
      .insertInto('audit_campaign_members')
      .values(members.map((personId) => ({ campaign_id: id, person_id: personId })))
      .execute();
  }
  return id;
}
