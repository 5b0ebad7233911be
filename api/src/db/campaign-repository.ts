import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Population, PopulationChoice } from '../contracts/audit-campaigns.js';
import type {
  CampaignRecord,
  CampaignRepository,
  LaunchResult,
  MessageProblem,
  StepTally,
} from '../domain/audit/campaigns/campaign-repository.js';
import { CAMPAIGN_CLOSED } from '../domain/audit/campaigns/plan-campaign-messages.js';
import type { AuditEntryOf } from '../domain/shared/audit-log.js';
import { insertAuditEntry } from './audit-log-repository.js';
import type { Db } from './database.js';
import type { RowOf } from './query-helpers.js';
import type { Database } from './schema.js';

/** Raised inside the launch transaction to roll it back when the population is empty. */
class NobodyToInvite extends Error {}

function populationOf(row: { population_kind: 'everyone' | 'chosen'; service_ids: string[]; site_ids: string[] }): Population {
  return row.population_kind === 'everyone' ? { kind: 'everyone' } : { kind: 'chosen', serviceIds: row.service_ids, siteIds: row.site_ids };
}

/** Active people the population takes in: everyone, or those in a chosen service or at a chosen site. */
export function inPopulation(eb: ExpressionBuilder<Database, 'people'>, population: Population) {
  const active = eb('people.status', '=', 'active');
  if (population.kind === 'everyone') return active;
  const chosen = [
    ...(population.serviceIds.length > 0 ? [eb('people.service_id', 'in', population.serviceIds)] : []),
    ...(population.siteIds.length > 0 ? [eb('people.site_id', 'in', population.siteIds)] : []),
  ];
  return chosen.length === 0 ? eb.lit(false) : eb.and([active, eb.or(chosen)]);
}

function campaignsWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('audit_campaigns as c')
    .innerJoin('framework_versions as v', 'v.id', 'c.framework_version_id')
    .selectAll('c')
    .select('v.version')
    .select((eb) => [
      eb.selectFrom('audit_campaign_members as m').select(sql<number>`count(*)::int`.as('n')).whereRef('m.campaign_id', '=', 'c.id').as('members'),
      eb
        .selectFrom('audit_responses as r')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('r.campaign_id', '=', 'c.id')
        .where('r.status', '=', 'submitted')
        .as('submitted'),
      eb
        .selectFrom('audit_responses as r')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('r.campaign_id', '=', 'c.id')
        .where('r.status', '=', 'draft')
        .as('in_progress'),
    ]);
}

type CampaignRow = RowOf<typeof campaignsWithCounts>;

function toRecord(row: CampaignRow): CampaignRecord {
  return {
    id: row.id,
    name: row.name,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status,
    population: populationOf(row),
    reminderDays: row.reminder_days,
    frameworkVersion: row.version,
    members: row.members ?? 0,
    submitted: row.submitted ?? 0,
    inProgress: row.in_progress ?? 0,
    launchedAt: row.launched_at,
    closedAt: row.closed_at,
  };
}

async function serviceChoices(db: Db): Promise<PopulationChoice[]> {
  return db
    .selectFrom('services as t')
    .leftJoin('people as p', (join) => join.onRef('p.service_id', '=', 't.id').on('p.status', '=', 'active'))
    .select(['t.id', 't.name', sql<number>`count(p.id)::int`.as('people')])
    .groupBy(['t.id', 't.name'])
    .orderBy('t.name')
    .execute();
}

async function siteChoices(db: Db): Promise<PopulationChoice[]> {
  return db
    .selectFrom('sites as t')
    .leftJoin('people as p', (join) => join.onRef('p.site_id', '=', 't.id').on('p.status', '=', 'active'))
    .select(['t.id', 't.name', sql<number>`count(p.id)::int`.as('people')])
    .groupBy(['t.id', 't.name'])
    .orderBy('t.name')
    .execute();
}

async function launch(db: Db, id: string, launchedBy: string, at: Date, invitationAt: Date, audit: AuditEntryOf<number>): Promise<LaunchResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      // Conditional on still being a draft: of two launches at once, exactly one gets the row.
      const campaign = await trx
        .updateTable('audit_campaigns')
        .set({ status: 'launched', launched_by: launchedBy, launched_at: at })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .returning(['population_kind', 'service_ids', 'site_ids'])
        .executeTakeFirst();
      if (!campaign) return { kind: 'not-draft' } as const;

      const inserted = await trx
        .insertInto('audit_campaign_members')
        .columns(['campaign_id', 'person_id'])
        .expression((eb) =>
          eb
            .selectFrom('people')
            .select([sql<string>`${id}::uuid`.as('campaign_id'), 'people.id as person_id'])
            .where((people) => inPopulation(people, populationOf(campaign))),
        )
        .executeTakeFirst();
      const members = Number(inserted.numInsertedOrUpdatedRows ?? 0);
      if (members === 0) throw new NobodyToInvite();

      await trx
        .insertInto('campaign_messages')
        .columns(['campaign_id', 'person_id', 'step', 'next_attempt_at'])
        .expression((eb) =>
          eb
            .selectFrom('audit_campaign_members as m')
            .select(['m.campaign_id', 'm.person_id', sql<string>`'invitation'`.as('step'), sql<Date>`${invitationAt}::timestamptz`.as('next_attempt_at')])
            .where('m.campaign_id', '=', id),
        )
        .onConflict((conflict) => conflict.doNothing())
        .execute();
      await insertAuditEntry(trx, audit(members));
      return { kind: 'launched', members } as const;
    });
  } catch (error) {
    if (error instanceof NobodyToInvite) return { kind: 'nobody' };
    throw error;
  }
}

async function stepTallies(db: Db, id: string, now: Date): Promise<StepTally[]> {
  const count = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;
  return db
    .selectFrom('campaign_messages')
    .select([
      'step',
      count(sql`status in ('pending', 'sending')`).as('pending'),
      count(sql`status = 'pending' and next_attempt_at <= ${now}`).as('dueNow'),
      count(sql`status = 'sent'`).as('sent'),
      count(sql`status = 'failed'`).as('failed'),
      count(sql`status = 'unreachable'`).as('unreachable'),
      count(sql`status = 'skipped'`).as('skipped'),
    ])
    .where('campaign_id', '=', id)
    .groupBy('step')
    .execute();
}

async function problems(db: Db, id: string): Promise<MessageProblem[]> {
  const rows = await db
    .selectFrom('campaign_messages as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.display_name', 'm.step', 'm.status', 'm.last_error', 'm.attempts'])
    .where('m.campaign_id', '=', id)
    .where('m.status', 'in', ['failed', 'unreachable'])
    .orderBy('p.display_name')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => ({
    person: { id: row.id, displayName: row.display_name },
    step: row.step,
    status: row.status === 'unreachable' ? 'unreachable' : 'failed',
    reason: row.last_error ?? 'No reason was recorded',
    attempts: row.attempts,
  }));
}

export function createCampaignRepository(db: Db): CampaignRepository {
  return {
    async create(campaign, audit) {
      const { population } = campaign;
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('audit_campaigns')
          .values({
            name: campaign.name,
            opens_on: campaign.opensOn,
            closes_on: campaign.closesOn,
            framework_version_id: campaign.frameworkVersionId,
            population_kind: population.kind,
            service_ids: population.kind === 'chosen' ? population.serviceIds : [],
            site_ids: population.kind === 'chosen' ? population.siteIds : [],
            reminder_days: campaign.reminderDays,
            created_by: campaign.createdBy,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await insertAuditEntry(trx, audit(row.id));
        return row.id;
      });
    },

    async list() {
      const rows = await campaignsWithCounts(db).orderBy('c.created_at', 'desc').orderBy('c.name').execute();
      return rows.map(toRecord);
    },

    async find(id) {
      const row = await campaignsWithCounts(db).where('c.id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async unknownIds(kind, ids) {
      if (ids.length === 0) return [];
      const known = await db.selectFrom(kind).select('id').where('id', 'in', [...ids]).execute();
      const found = new Set(known.map((row) => row.id));
      return ids.filter((id) => !found.has(id));
    },

    async populationSize(population) {
      const row = await db
        .selectFrom('people')
        .select(sql<number>`count(*)::int`.as('n'))
        .where((eb) => inPopulation(eb, population))
        .executeTakeFirstOrThrow();
      return row.n;
    },

    async populationOptions() {
      const [everyone, services, sites] = await Promise.all([
        db.selectFrom('people').select(sql<number>`count(*)::int`.as('n')).where('status', '=', 'active').executeTakeFirstOrThrow(),
        serviceChoices(db),
        siteChoices(db),
      ]);
      return { everyone: everyone.n, services, sites };
    },

    async placeNames() {
      const [services, sites] = await Promise.all([
        db.selectFrom('services').select(['id', 'name']).execute(),
        db.selectFrom('sites').select(['id', 'name']).execute(),
      ]);
      return {
        services: new Map(services.map((row) => [row.id, row.name])),
        sites: new Map(sites.map((row) => [row.id, row.name])),
      };
    },

    launch: (id, { by, at, invitationAt }, audit) => launch(db, id, by, at, invitationAt, audit),

    async close(id, at, audit) {
      return db.transaction().execute(async (trx) => {
        const closed = await trx
          .updateTable('audit_campaigns')
          .set({ status: 'closed', closed_at: at })
          .where('id', '=', id)
          .where('status', '=', 'launched')
          .returning('id')
          .executeTakeFirst();
        if (!closed) return { kind: 'not-launched' } as const;
        const skipped = await trx
          .updateTable('campaign_messages')
          .set({ status: 'skipped', last_error: CAMPAIGN_CLOSED })
          .where('campaign_id', '=', id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        await insertAuditEntry(trx, audit(Number(skipped.numUpdatedRows)));
        return { kind: 'closed', skipped: Number(skipped.numUpdatedRows) } as const;
      });
    },

    stepTallies: (id, now) => stepTallies(db, id, now),
    problems: (id) => problems(db, id),
  };
}
