import { randomUUID } from 'node:crypto';
import type { ChampionStatus } from '../../api/src/contracts/champions.js';
import type { CategoryResult, Level } from '../../api/src/contracts/skills-audit.js';
import type { Db } from '../../api/src/db/database.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import type { SubmissionSummary } from '../../api/src/domain/audit/submission-summary.js';
import { buildCampaign } from './audit.js';
import { buildPerson, type PersonOverrides } from './people.js';

/** The shipped framework's category keys, in order. */
export const CATEGORY_KEYS = DEFAULT_FRAMEWORK.categories.map((category) => category.key);

let counter = 0;

/** A site of its own. */
export async function buildSite(db: Db, name = `Test site ${++counter} ${Date.now()}`): Promise<string> {
  const row = await db.insertInto('sites').values({ name, kind: 'office' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** How a person did in one category: a level, and how many statements were gaps or decay. */
export interface CategoryOutcome {
  level: Level;
  gaps?: number;
  decays?: number;
}

let campaignId: Promise<string> | undefined;
let campaignDb: Db | undefined;

/** One closed campaign per database, on the shipped framework, that factory results belong to. */
function factoryCampaign(db: Db): Promise<string> {
  if (campaignDb !== db || !campaignId) {
    campaignDb = db;
    campaignId = (async () => {
      const framework = await db.selectFrom('framework_versions').select('id').orderBy('version').executeTakeFirstOrThrow();
      return buildCampaign(db, { frameworkVersionId: framework.id, status: 'closed', name: 'Factory audit results' });
    })();
  }
  return campaignId;
}

/**
 * A submitted audit for `personId` whose scored summary has the given outcomes; categories
 * not named are "developing" with no gaps or decay. Returns the response id.
 */
export async function buildAuditResult(
  db: Db,
  personId: string,
  outcomes: Record<string, CategoryOutcome>,
  submittedAt = new Date('2026-11-10T10:00:00Z'),
): Promise<string> {
  const categories: CategoryResult[] = DEFAULT_FRAMEWORK.categories.map((category) => {
    const outcome = outcomes[category.key] ?? { level: 'developing' as const };
    const statements = category.statements.length;
    const gaps = outcome.gaps ?? 0;
    const decays = outcome.decays ?? 0;
    return { key: category.key, title: category.title, basic: category.basic, level: outcome.level, statements, gaps, decays, strengths: Math.max(0, statements - gaps - decays) };
  });
  const confident = categories.filter((category) => category.level === 'confident').map((category) => category.key);
  const summary: SubmissionSummary = {
    categories,
    basicSkills: { met: true, rule: 'every-task', missingCategories: [] },
    championCandidate: false,
    championCandidateMinConfident: 6,
    confidentCategories: confident,
  };
  const framework = await db.selectFrom('framework_versions').select('id').orderBy('version').executeTakeFirstOrThrow();
  const row = await db
    .insertInto('audit_responses')
    .values({
      campaign_id: await factoryCampaign(db),
      person_id: personId,
      framework_version_id: framework.id,
      status: 'submitted',
      submitted_at: submittedAt,
      summary: JSON.stringify(summary),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ChampionOverrides extends Omit<PersonOverrides, 'status'> {
  /** An existing person to make a champion; otherwise a new one is built. */
  personId?: string;
  /** The champion record's status (the person is always active). */
  status?: ChampionStatus;
  siteId?: string | null;
  specialisms?: string[];
  workingDays?: number[];
  capacity?: number;
  /** Categories they are strong in; with none, they have no audit result. */
  strengths?: Record<string, 'capable' | 'confident'>;
}

/** A Digital Champion (active unless told otherwise), with an Entra id so the bot knows them. */
export async function buildChampion(db: Db, overrides: ChampionOverrides = {}): Promise<string> {
  const { personId: existing, status, specialisms, workingDays, capacity, strengths, ...person } = overrides;
  const personId =
    existing ?? (await buildPerson(db, { entraObjectId: randomUUID(), ...person, displayName: person.displayName ?? `Test Champion ${++counter}` }));
  await db
    .insertInto('champions')
    .values({
      person_id: personId,
      status: status ?? 'active',
      specialisms: specialisms ?? [],
      working_days: workingDays ?? [1, 2, 3, 4, 5],
      capacity: capacity ?? 3,
    })
    .execute();
  if (strengths) {
    const outcomes = Object.fromEntries(Object.entries(strengths).map(([key, level]) => [key, { level }]));
    await buildAuditResult(db, personId, outcomes);
  }
  return personId;
}
