import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { OBJECTIVE_KINDS, OBJECTIVE_STATUSES } from '../../api/src/contracts/objectives.js';
import type { FrameworkVersion } from '../../api/src/contracts/skills-framework.js';
import type { Db } from '../../api/src/db/database.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { councilDate } from '../../api/src/domain/audit/campaign-window.js';
import { DEMO_PERSONA_NAMES } from '../../api/src/demo/demo-council.js';
import { seedDemoObjectives } from '../../api/src/demo/seed-demo-objectives.js';
import { demoPersonId } from '../factories/people.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

const TABLES = [
  'appraisal_years',
  'objectives',
  'objective_events',
  'objective_check_ins',
  'projects',
  'project_members',
  'project_followers',
  'service_plans',
  'service_plan_items',
] as const;
const DAY_MS = 86_400_000;

/** Every objective's history runs from draft to its status by allowed steps, with check-ins and dates to match. */
async function expectCoherentObjectives(db: Db, now: number): Promise<void> {
  const objectives = await db.selectFrom('objectives').selectAll().execute();
  const years = new Map((await db.selectFrom('appraisal_years').selectAll().execute()).map((year) => [year.id, year]));
  const events = await db.selectFrom('objective_events').selectAll().orderBy('at').orderBy('id').execute();
  const checkIns = await db.selectFrom('objective_check_ins').selectAll().orderBy('at').execute();
  const byObjective = <T extends { objective_id: string }>(rows: readonly T[]): Map<string, T[]> => {
    const groups = new Map<string, T[]>();
    for (const row of rows) groups.set(row.objective_id, [...(groups.get(row.objective_id) ?? []), row]);
    return groups;
  };
  const histories = byObjective(events);
  const checkInsOf = byObjective(checkIns);
  // Problems are collected rather than asserted one by one, so a failure names every objective at fault.
  const problems: string[] = [];
  for (const objective of objectives) {
    const fault = (what: string, wrong: boolean) => {
      if (wrong) problems.push(`${objective.title} (${objective.status}): ${what}`);
    };
    const history = histories.get(objective.id) ?? [];
    fault('does not start as a draft by its owner', history[0]?.from_status !== null || history[0]?.to_status !== 'draft' || history[0]?.actor_person_id !== objective.person_id);
    fault('skips a step', history.some((event, index) => index > 0 && event.from_status !== history[index - 1]!.to_status));
    fault('ends in another status', history.at(-1)?.to_status !== objective.status);
    fault('has a move in the future', history.some((event) => event.at.getTime() > now));

    const mine = checkInsOf.get(objective.id) ?? [];
    fault('has check-ins for its status, or none when it should', mine.length > 0 !== ['in-progress', 'completed'].includes(objective.status));
    fault('shows progress other than its last check-in', objective.progress !== (mine.at(-1)?.progress ?? 0));
    fault('has the wrong last check-in time', (objective.last_check_in_at?.getTime() ?? null) !== (mine.at(-1)?.at.getTime() ?? null));
    fault('has a check-in before agreement or in the future', mine.some((checkIn) => checkIn.at.getTime() <= objective.agreed_at!.getTime() || checkIn.at.getTime() > now));

    const agreed = history.find((event) => event.to_status === 'agreed');
    fault('names someone else as agreeing it', objective.agreed_by !== (agreed?.actor_person_id ?? null) || agreed?.actor_person_id === objective.person_id);
    fault('has the wrong agreement time', (objective.agreed_at?.getTime() ?? null) !== (agreed?.at.getTime() ?? null));
    fault('keeps a return comment it should not, or lacks one', (objective.return_comment !== null) !== (objective.status === 'returned'));
    fault('has a return comment the history does not', objective.status === 'returned' && history.at(-1)?.comment !== objective.return_comment);
    fault('has an outcome it should not, or lacks one', (objective.outcome !== null) !== (objective.status === 'completed'));
    fault('has an outcome comment the history does not', objective.status === 'completed' && history.at(-1)?.comment !== objective.outcome_comment);
    fault('has a proposal time without a proposal', (objective.proposed_at === null) !== !history.some((event) => event.to_status === 'proposed'));
    const year = years.get(objective.year_id)!;
    fault('has a target date outside its year', !(objective.target_date! >= year.starts_on && objective.target_date! <= year.ends_on));
  }
  expect(problems).toEqual([]);
}

/** Some agreed objectives have waited more than 90 days for a first check-in, and some in progress since their last. */
async function expectOverdueCheckIns(db: Db, yearId: string, now: number): Promise<void> {
  const objectives = await db.selectFrom('objectives').selectAll().where('year_id', '=', yearId).execute();
  const overdue = objectives.filter(
    (objective) => ['agreed', 'in-progress'].includes(objective.status) && (objective.last_check_in_at ?? objective.agreed_at)!.getTime() < now - 90 * DAY_MS,
  );
  expect(overdue.length).toBeGreaterThanOrEqual(5);
  expect(overdue.some((objective) => objective.status === 'agreed')).toBe(true);
  expect(overdue.some((objective) => objective.status === 'in-progress')).toBe(true);
}

describe('demo council objectives, service plans and projects register', () => {
  let server: TestServer;
  let framework: FrameworkVersion;
  let currentYearId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { SEED_DEMO_ACTIVITY: 'true' } });
    framework = (await createFrameworkRepository(server.db).current())!;
    currentYearId = (await server.db.selectFrom('appraisal_years').select('id').where('status', '=', 'open').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => server.close());

  async function counts(): Promise<Record<string, number>> {
    const entries = await Promise.all(
      TABLES.map(async (table) => [table, (await server.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n] as const),
    );
    return Object.fromEntries(entries);
  }

  const objectivesOf = (yearId: string) => server.db.selectFrom('objectives').selectAll().where('year_id', '=', yearId).execute();

  describe('appraisal years', () => {
    it('closes last year, opens the April-to-March year containing today with agreement due by the end of June, and plans the next only from February', async () => {
      const years = await server.db.selectFrom('appraisal_years').selectAll().orderBy('starts_on').execute();
      const today = councilDate(new Date());
      const open = years.find((year) => year.status === 'open')!;
      expect(open.starts_on <= today && today <= open.ends_on).toBe(true);
      expect(open.starts_on.slice(5)).toBe('04-01');
      expect(open.ends_on.slice(5)).toBe('03-31');
      expect(open.agree_by).toBe(`${open.starts_on.slice(0, 4)}-06-30`);
      const closed = years.filter((year) => year.status === 'closed');
      expect(closed.map((year) => year.ends_on)).toEqual([`${open.starts_on.slice(0, 4)}-03-31`]);
      const nearlyOver = today >= `${open.ends_on.slice(0, 4)}-02-01`;
      expect(years.filter((year) => year.status === 'planned')).toHaveLength(nearlyOver ? 1 : 0);
    });
  });

  describe('objectives', () => {
    it('gives about 40% of staff an objective this year, at every stage of the workflow and of every kind', async () => {
      const objectives = await objectivesOf(currentYearId);
      const { n: staff } = await server.db.selectFrom('people').select(sql<number>`count(*)::int`.as('n')).where('status', '=', 'active').executeTakeFirstOrThrow();
      const share = new Set(objectives.map((objective) => objective.person_id)).size / staff;
      expect(share).toBeGreaterThan(0.35);
      expect(share).toBeLessThan(0.5);
      expect(new Set(objectives.map((objective) => objective.status))).toEqual(new Set(OBJECTIVE_STATUSES));
      expect(new Set(objectives.map((objective) => objective.kind))).toEqual(new Set(OBJECTIVE_KINDS));
      expect(objectives.filter((objective) => objective.status === 'completed').length).toBeLessThanOrEqual(3);
    });

    it('records last year’s outcomes: achieved, partly and not achieved, each with the manager’s comment', async () => {
      const previous = await server.db.selectFrom('appraisal_years').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow();
      const objectives = await objectivesOf(previous.id);
      expect(new Set(objectives.map((objective) => objective.status))).toEqual(new Set(['completed', 'withdrawn']));
      const completed = objectives.filter((objective) => objective.status === 'completed');
      expect(new Set(completed.map((objective) => objective.outcome))).toEqual(new Set(['achieved', 'partly', 'not-achieved']));
      expect(completed.every((objective) => objective.outcome_comment && objective.completed_at)).toBe(true);
    });

    it('links each objective to what its kind needs: framework categories, a colleague or the champion role, a register project', async () => {
      const categories = new Set(framework.categories.map((category) => category.key));
      const statements = new Set(framework.categories.flatMap((category) => category.statements.map((statement) => statement.key)));
      const champions = new Set((await server.db.selectFrom('champions').select('person_id').where('status', '=', 'active').execute()).map((row) => row.person_id));
      const projects = new Set((await server.db.selectFrom('projects').select('id').execute()).map((row) => row.id));
      const objectives = await server.db.selectFrom('objectives').selectAll().execute();
      for (const objective of objectives) {
        if (objective.kind === 'skill') {
          expect(objective.category_keys.length).toBeGreaterThan(0);
          expect(objective.category_keys.every((key) => categories.has(key))).toBe(true);
          if (objective.statement_key) expect(statements.has(objective.statement_key) && objective.statement_reason !== null).toBe(true);
        }
        if (objective.kind === 'support') {
          expect(objective.supports_as_champion).toBe(objective.supported_person_id === null);
          if (objective.supports_as_champion) expect(champions.has(objective.person_id)).toBe(true);
          expect(objective.supported_person_id).not.toBe(objective.person_id);
        }
        expect(objective.project_id !== null).toBe(objective.kind === 'project');
        if (objective.project_id) expect(projects.has(objective.project_id)).toBe(true);
      }
      const current = objectives.filter((objective) => objective.year_id === currentYearId);
      expect(current.some((objective) => objective.supports_as_champion)).toBe(true);
      expect(current.some((objective) => objective.supported_person_id !== null)).toBe(true);
      expect(current.some((objective) => objective.statement_key !== null)).toBe(true);
    });

    it('keeps each objective’s history, check-ins and dates coherent with its status', async () => {
      await expectCoherentObjectives(server.db, Date.now());
    });

    it('has check-ins overdue: agreed or last checked in more than 90 days ago', async () => {
      await expectOverdueCheckIns(server.db, currentYearId, Date.now());
    });
  });

  describe('personas', () => {
    it('gives Sam Whitfield one objective in progress with a check-in and one draft', async () => {
      const sam = await demoPersonId(server.db, DEMO_PERSONA_NAMES.staff);
      const objectives = (await objectivesOf(currentYearId)).filter((objective) => objective.person_id === sam);
      expect(objectives.map((objective) => objective.status).sort()).toEqual(['draft', 'in-progress']);
      const inProgress = objectives.find((objective) => objective.status === 'in-progress')!;
      expect(inProgress.last_check_in_at!.getTime()).toBeGreaterThan(Date.now() - 90 * DAY_MS);
    });

    it('leaves Gareth Morgan two proposals waiting (one for over a week), one he returned and people with no objective yet', async () => {
      const gareth = await demoPersonId(server.db, DEMO_PERSONA_NAMES.lineManager);
      const team = await server.db.selectFrom('people').select('id').where('line_manager_id', '=', gareth).where('status', '=', 'active').execute();
      const objectives = (await objectivesOf(currentYearId)).filter((objective) => team.some((person) => person.id === objective.person_id));
      const waiting = objectives.filter((objective) => objective.status === 'proposed').map((objective) => Date.now() - objective.proposed_at!.getTime());
      expect(waiting).toHaveLength(2);
      expect(waiting.filter((age) => age > 7 * DAY_MS)).toHaveLength(1);
      const returned = objectives.filter((objective) => objective.status === 'returned');
      expect(returned.length).toBeGreaterThanOrEqual(1);
      const returnedBy = await server.db.selectFrom('objective_events').select('actor_person_id').where('objective_id', 'in', returned.map((objective) => objective.id)).where('to_status', '=', 'returned').execute();
      expect(returnedBy.map((event) => event.actor_person_id)).toContain(gareth);
      expect(team.some((person) => !objectives.some((objective) => objective.person_id === person.id))).toBe(true);
    });

    it('has Helen Adeyemi’s own objective agreed by her director', async () => {
      const helen = await demoPersonId(server.db, DEMO_PERSONA_NAMES.headOfService);
      const { line_manager_id: director } = await server.db.selectFrom('people').select('line_manager_id').where('id', '=', helen).executeTakeFirstOrThrow();
      const objectives = (await objectivesOf(currentYearId)).filter((objective) => objective.person_id === helen);
      expect(objectives).toEqual([expect.objectContaining({ status: 'agreed', agreed_by: director })]);
    });
  });

  describe('projects register', () => {
    it('has a dozen projects across services, every stage and RAG status, sponsored by heads of service or directors', async () => {
      const projects = await server.db
        .selectFrom('projects as p')
        .innerJoin('people as sponsor', 'sponsor.id', 'p.sponsor_person_id')
        .select(['p.id', 'p.service_id', 'p.stage', 'p.rag', 'p.digital_implications', 'p.last_update_published_at', 'sponsor.job_title'])
        .execute();
      expect(projects).toHaveLength(12);
      expect(new Set(projects.map((project) => project.service_id)).size).toBeGreaterThanOrEqual(8);
      expect(new Set(projects.map((project) => project.stage))).toEqual(new Set(['idea', 'initiation', 'planning', 'delivery', 'closing', 'closed']));
      expect(new Set(projects.map((project) => project.rag))).toEqual(new Set(['green', 'amber', 'red']));
      expect(projects.every((project) => /^(Head of|Director of)/.test(project.job_title ?? ''))).toBe(true);
      for (const project of projects) {
        const sentences = project.digital_implications.split(/(?<=\.)\s+/).length;
        expect(sentences).toBeGreaterThanOrEqual(2);
        expect(sentences).toBeLessThanOrEqual(4);
      }
      expect(projects.some((project) => project.last_update_published_at === null)).toBe(true);
      expect(projects.some((project) => project.last_update_published_at !== null)).toBe(true);
    });

    it('gives every project members and followers', async () => {
      const members = await server.db.selectFrom('project_members').select('project_id').distinct().execute();
      const followers = await server.db.selectFrom('project_followers').select('project_id').distinct().execute();
      expect(members).toHaveLength(12);
      expect(followers).toHaveLength(12);
    });
  });

  describe('service plans', () => {
    it('gives nine services a digital objective in this year’s plan and leaves four without, Housing among the nine', async () => {
      const services = await server.db
        .selectFrom('services as s')
        .leftJoin('service_plans as p', (join) => join.onRef('p.service_id', '=', 's.id').on('p.year_id', '=', currentYearId))
        .select(['s.name', 'p.id as planId'])
        .select((eb) =>
          eb.selectFrom('service_plan_items as i').whereRef('i.plan_id', '=', 'p.id').where('i.kind', '=', 'objective').select(sql<number>`count(*)::int`.as('n')).as('objectives'),
        )
        .select((eb) => eb.selectFrom('service_plan_items as i').whereRef('i.plan_id', '=', 'p.id').select(sql<number>`count(*)::int`.as('n')).as('items'))
        .execute();
      expect(services).toHaveLength(13);
      const complying = services.filter((service) => service.objectives! > 0);
      expect(complying).toHaveLength(9);
      expect(complying.every((service) => service.items! >= 1 && service.items! <= 4)).toBe(true);
      const lacking = services.filter((service) => service.items === 0 || service.planId === null);
      expect(lacking).toHaveLength(4);
      expect(lacking.some((service) => service.planId === null) && lacking.some((service) => service.planId !== null)).toBe(true);
      expect(complying.map((service) => service.name)).toContain('Housing');
      expect(lacking.map((service) => service.name)).toContain('Customer Services');
    });

    it('has items with owners in their own service, a spread of statuses, and some linked to register projects', async () => {
      const items = await server.db
        .selectFrom('service_plan_items as i')
        .innerJoin('service_plans as p', 'p.id', 'i.plan_id')
        .innerJoin('people as owner', 'owner.id', 'i.owner_person_id')
        .select(['i.status', 'i.project_id', 'i.measure', 'p.service_id', 'owner.service_id as ownerService'])
        .execute();
      expect(items.every((item) => item.ownerService === item.service_id && item.measure.length > 0)).toBe(true);
      expect(new Set(items.map((item) => item.status))).toEqual(new Set(['not-started', 'on-track', 'at-risk', 'off-track', 'done']));
      expect(items.filter((item) => item.project_id !== null).length).toBeGreaterThanOrEqual(5);
    });
  });

  describe('seeding', () => {
    const emptyRegister = () =>
      server.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('objectives').execute();
        await trx.deleteFrom('service_plans').execute();
        await trx.deleteFrom('appraisal_years').execute();
        await trx.deleteFrom('projects').execute();
      });

    it('writes nothing the second time', async () => {
      const before = await counts();
      expect(await seedDemoObjectives(server.db, framework, new Date())).toEqual({ seeded: false });
      expect(await counts()).toEqual(before);
    });

    it('writes the same again into an empty register, quickly', async () => {
      const fingerprint = async () =>
        (await server.db.selectFrom('objectives as o').innerJoin('people as p', 'p.id', 'o.person_id').select(['p.email', 'o.title', 'o.status', 'o.kind', 'o.progress', 'o.outcome']).execute())
          .map((row) => JSON.stringify(row))
          .sort();
      const before = { counts: await counts(), objectives: await fingerprint() };
      await emptyRegister();
      const started = performance.now();
      expect(await seedDemoObjectives(server.db, framework, new Date())).toEqual({ seeded: true });
      // About a quarter of a second on a quiet machine; the margin is for a busy one.
      expect(performance.now() - started).toBeLessThan(3000);
      expect({ counts: await counts(), objectives: await fingerprint() }).toEqual(before);
    });

    it.each([
      ['the first days of a year', '2027-04-03T08:00:00Z', false],
      ['midsummer', '2026-06-20T12:00:00Z', false],
      ['February, with next year planned', '2027-02-15T12:00:00Z', true],
    ])('tells a coherent story whatever the date it is first started on: %s', async (_when, iso, planned) => {
      const now = new Date(iso);
      await emptyRegister();
      expect(await seedDemoObjectives(server.db, framework, now)).toEqual({ seeded: true });
      const years = await server.db.selectFrom('appraisal_years').selectAll().execute();
      const open = years.find((year) => year.status === 'open')!;
      expect(open.starts_on <= councilDate(now) && councilDate(now) <= open.ends_on).toBe(true);
      expect(years.some((year) => year.status === 'planned')).toBe(planned);
      await expectCoherentObjectives(server.db, now.getTime());
      await expectOverdueCheckIns(server.db, open.id, now.getTime());
      const statuses = await server.db.selectFrom('objectives').select('status').distinct().where('year_id', '=', open.id).execute();
      expect(statuses).toHaveLength(OBJECTIVE_STATUSES.length);
    });
  });
});
