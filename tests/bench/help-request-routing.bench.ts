import { sql } from 'kysely';
import { DEFAULT_HELP_REQUEST_SETTINGS } from '../../api/src/contracts/help-requests.js';
import type { CategoryResult, Level } from '../../api/src/contracts/skills-audit.js';
import { createChampionPool } from '../../api/src/db/champion-pool-repository.js';
import { createHelpRequestRepository } from '../../api/src/db/help-request-repository.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import type { SubmissionSummary } from '../../api/src/domain/audit/submission-summary.js';
import { planNextOffer } from '../../api/src/domain/champions/help-requests/offer-next.js';
import { chooseChampion } from '../../api/src/domain/champions/help-requests/route-help-request.js';
import { londonWeekday } from '../../api/src/domain/shared/working-hours.js';
import { buildCampaign } from '../factories/audit.js';
import { BASELINE } from './baselines.js';
import { verify, verifyEqual, type Benchmark, type BenchContext } from './harness.js';
import { startStopwatch, summarise } from './measure.js';

/**
 * Routing one help request among 2,000 champions: reading the pool from the database (every
 * active champion with their strengths, site, working days and load) and choosing the best,
 * as asking and passing do. Set up in the server's database and removed afterwards, so the
 * benchmarks after it see the demo council as it was.
 *
 * Three figures: the whole choice as asking a champion does it (pool read, requester's site,
 * ranking) with the pool as kept between requests; the full pool read that follows any
 * change to the pool (a champion's capacity moved before each read), which is a round trip
 * moving 2,000 champions out of PostgreSQL; and the ranking alone.
 *
 * The right answer is planted: one champion beats every other on strength, site and a
 * specialism; three decoys would beat them but must be skipped (at capacity, not working
 * today, the requester themself). A fast wrong answer fails the run.
 */

const CHAMPIONS = 2_000;
const SITES = 10;
const CLAIMED = 600;
const WARM_UP = 20;
const MEASURED = 200;
const RANKINGS = 2_000;
const DOMAIN = 'routing-bench.example';
const CATEGORY = 'digital-at-work';
const QUESTION = 'How do I build a pivot table in Excel?';
const LEVELS: Level[] = ['not-yet', 'developing', 'capable', 'confident'];

function summaryWith(levels: Record<string, Level>): string {
  const categories: CategoryResult[] = DEFAULT_FRAMEWORK.categories.map((category) => ({
    key: category.key,
    title: category.title,
    basic: category.basic,
    level: levels[category.key] ?? 'developing',
    statements: category.statements.length,
    gaps: 0,
    decays: 0,
    strengths: category.statements.length,
  }));
  const summary: SubmissionSummary = {
    categories,
    basicSkills: { met: true, rule: 'every-task', missingCategories: [] },
    championCandidate: false,
    championCandidateMinConfident: 6,
    confidentCategories: categories.filter((category) => category.level === 'confident').map((category) => category.key),
  };
  return JSON.stringify(summary);
}

interface Planted {
  requester: string;
  best: string;
  atCapacity: string;
  dayOff: string;
  /** A background champion whose capacity moves before each full pool read. */
  changing: string;
}

async function insertPeople(context: BenchContext, prefix: string, count: number, siteSql: ReturnType<typeof sql>): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    insert into people (email, display_name, job_title, status, site_id)
    select ${prefix} || '.' || n || '@' || ${DOMAIN}, 'Routing ' || ${prefix} || ' ' || n, 'Officer', 'active', ${siteSql}
    from generate_series(1, ${count}) as n
    returning id`.execute(context.db);
  return rows.map((row) => row.id);
}

/** 2,000 champions across ten sites of their own, with audits, working patterns and some load; then the planted ones. */
async function setUp(context: BenchContext, at: Date): Promise<Planted> {
  const { db } = context;
  const sites = await sql<{ id: string }>`
    insert into sites (name, kind) select 'Routing bench site ' || n, 'office' from generate_series(1, ${SITES}) as n returning id`.execute(db);
  const siteIds = sites.rows.map((row) => row.id);
  const background = await insertPeople(context, 'champion', CHAMPIONS, sql`(${siteIds}::uuid[])[1 + n % ${SITES}]`);
  const [requesterSite] = (await sql<{ id: string }>`insert into sites (name, kind) values ('Routing bench requester site', 'office') returning id`.execute(db)).rows;
  const [requester, best, atCapacity, dayOff] = await insertPeople(context, 'planted', 4, sql`${requesterSite!.id}::uuid`);

  await sql`
    insert into champions (person_id, status, specialisms, working_days, capacity)
    select p.id, 'active', array['Teams meetings', 'the council tax system'],
           (array['{1,2,3,4,5}', '{1,2,3,4}', '{2,3,4,5}', '{1,3,5}', '{1,2,3,4,5,6,7}'])[1 + (row_number() over (order by p.id))::int % 5]::smallint[],
           1 + (row_number() over (order by p.id))::int % 5
    from people p where p.id = any (${background}::uuid[])`.execute(db);
  const everyDay = [1, 2, 3, 4, 5, 6, 7];
  const today = londonWeekday(at);
  await db
    .insertInto('champions')
    .values([
      { person_id: best!, status: 'active', specialisms: ['Excel'], working_days: everyDay, capacity: 5 },
      { person_id: atCapacity!, status: 'active', specialisms: ['Excel', 'pivot tables'], working_days: everyDay, capacity: 1 },
      { person_id: dayOff!, status: 'active', specialisms: ['Excel', 'pivot tables'], working_days: everyDay.filter((day) => day !== today), capacity: 5 },
      { person_id: requester!, status: 'active', specialisms: ['Excel', 'pivot tables'], working_days: everyDay, capacity: 5 },
    ])
    .execute();

  const framework = await db.selectFrom('framework_versions').select('id').orderBy('version').executeTakeFirstOrThrow();
  const campaignId = await buildCampaign(db, { frameworkVersionId: framework.id, status: 'closed', name: 'Routing bench audits' });
  const keys = DEFAULT_FRAMEWORK.categories.map((category) => category.key);
  const audited = [...background.map((id, index) => ({ id, levels: Object.fromEntries(keys.map((key, k) => [key, LEVELS[(index + k) % 4]!])) }))];
  for (const id of [best!, atCapacity!, dayOff!, requester!]) audited.push({ id, levels: { [CATEGORY]: 'confident' } });
  for (let start = 0; start < audited.length; start += 1_000) {
    await db
      .insertInto('audit_responses')
      .values(
        audited.slice(start, start + 1_000).map(({ id, levels }) => ({
          campaign_id: campaignId,
          person_id: id,
          framework_version_id: framework.id,
          status: 'submitted' as const,
          submitted_at: new Date('2026-10-01T10:00:00Z'),
          summary: summaryWith(levels),
        })),
      )
      .execute();
  }

  // Load: claimed, unresolved requests; the decoy at capacity has exactly its one.
  const [asker] = await insertPeople(context, 'asker', 1, sql`null`);
  const claimers = [...background.slice(0, CLAIMED), atCapacity!];
  await sql`
    insert into help_requests (requester_id, category_key, question, channel, status, claimed_by, claimed_at)
    select ${asker!}, ${CATEGORY}, 'A request keeping a champion busy', 'bot', 'claimed', c, now()
    from unnest(${claimers}::uuid[]) as c`.execute(db);
  // As autovacuum would soon after a bulk insert: the planner needs to know there are now thousands of champions.
  await sql`analyze people, champions, audit_responses, help_requests, champion_matches, sites`.execute(db);
  return { requester: requester!, best: best!, atCapacity: atCapacity!, dayOff: dayOff!, changing: background.at(-1)! };
}

async function tearDown(context: BenchContext): Promise<void> {
  await sql`delete from help_requests where requester_id in (select id from people where email like ${`%@${DOMAIN}`})`.execute(context.db);
  await sql`delete from people where email like ${`%@${DOMAIN}`}`.execute(context.db);
  await sql`delete from audit_campaigns where name = 'Routing bench audits'`.execute(context.db);
  await sql`delete from sites where name like 'Routing bench %'`.execute(context.db);
}

export const helpRequestRoutingBenchmark: Benchmark = {
  name: 'help-request-routing',
  description: `Offering one help request: read the champion pool from PostgreSQL and choose among ${CHAMPIONS.toLocaleString('en-GB')} champions; ${MEASURED} requests (+${WARM_UP} warming up)`,
  target: [
    { metric: 'choice.p95', op: '<', value: 10, unit: 'ms' },
    { metric: 'ranking.p95', op: '<', value: 10, unit: 'ms' },
  ],
  async run(context) {
    const at = new Date();
    const pool = createChampionPool(context.db);
    const deps = { requests: createHelpRequestRepository(context.db), pool };
    try {
      const planted = await setUp(context, at);
      const request = { requesterId: planted.requester, categoryKey: CATEGORY, question: QUESTION, offeredTo: [] };

      // The whole choice, as asking does it: the pool and the requester's site read together, then ranked.
      const choiceTimes: number[] = [];
      for (let index = 0; index < WARM_UP + MEASURED; index += 1) {
        const choosing = startStopwatch();
        const offer = await planNextOffer(deps, request, DEFAULT_HELP_REQUEST_SETTINGS, at);
        const ms = choosing();
        verifyEqual(offer?.championId, planted.best, 'the champion chosen');
        if (index >= WARM_UP) choiceTimes.push(ms);
      }

      // The pool read alone, each time after a change to it.
      const readTimes: number[] = [];
      let champions = 0;
      for (let index = 0; index < WARM_UP + MEASURED; index += 1) {
        await sql`update champions set capacity = ${3 + (index % 2)} where person_id = ${planted.changing}`.execute(context.db);
        const reading = startStopwatch();
        const read = await pool.activeChampions();
        const ms = reading();
        if (index >= WARM_UP) readTimes.push(ms);
        champions = read.length;
        verify(read.find((champion) => champion.personId === planted.best)?.strengths.get(CATEGORY) === 'confident', 'the best champion’s strength was read');
      }
      verify(champions >= CHAMPIONS + 4, `the pool held ${champions} champions`);

      // The pure ranking alone, on a pool read once.
      const loaded = await pool.activeChampions();
      const routing = { ...request, requesterSiteId: await deps.requests.siteOf(planted.requester), alreadyOffered: new Set<string>() };
      const rankTimes: number[] = [];
      for (let index = 0; index < RANKINGS; index += 1) {
        const ranking = startStopwatch();
        const chosen = chooseChampion(loaded, routing, at);
        rankTimes.push(ranking());
        verifyEqual(chosen?.champion.personId, planted.best, 'the champion ranked first');
      }

      const choice = summarise(choiceTimes);
      const reads = summarise(readTimes);
      const ranks = summarise(rankTimes);
      return {
        champions: { value: champions, unit: 'champions' },
        'choice.p50': { value: choice.p50, unit: 'ms' },
        'choice.p95': { value: choice.p95, unit: 'ms', relativeTo: BASELINE.dbMs },
        'pool-read.p50': { value: reads.p50, unit: 'ms' },
        'pool-read.p95': { value: reads.p95, unit: 'ms' },
        'ranking.p50': { value: ranks.p50, unit: 'ms' },
        'ranking.p95': { value: ranks.p95, unit: 'ms', relativeTo: BASELINE.cpuMs },
      };
    } finally {
      await tearDown(context);
    }
  },
};
