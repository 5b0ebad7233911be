import { sql, type Insertable } from 'kysely';
import { DEFAULT_OBJECTIVE_SETTINGS } from '../contracts/objectives.js';
import type { FrameworkVersion } from '../contracts/skills-framework.js';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { addDays, councilDate } from '../domain/audit/campaign-window.js';
import { DEMO_PERSONA_NAMES } from './demo-council.js';
import { planDemoObjectives } from './demo-objective-cast.js';
import type { StoryRows } from './demo-objective-story.js';
import type { DemoCalendar, DemoYearDates } from './demo-objective-timelines.js';
import { loadDemoObjectiveWorld, type DemoObjectiveWorld } from './demo-objective-world.js';
import { seedDemoProjects } from './demo-projects.js';
import { seedDemoServicePlans } from './demo-service-plans.js';
import { ago, ukTime } from './demo-time.js';

/**
 * The demo council's appraisal years, digital objectives, service plans and projects
 * register: last year closed with its outcomes, this year open (objectives agreed by the
 * end of its third month) and next year planned once this one is nearly over.
 */

const CHUNK = 500;

async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** The first day of a month, counting months past December into the next year. */
function monthStart(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return date.toISOString().slice(0, 10);
}

function yearShape(startYear: number, startMonth: number) {
  const startsOn = monthStart(startYear, startMonth);
  return {
    label: startMonth === 1 ? String(startYear) : `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    starts_on: startsOn,
    ends_on: addDays(monthStart(startYear + 1, startMonth), -1),
    agree_by: addDays(monthStart(startYear, startMonth + 3), -1),
  };
}

async function seedYears(db: Db, world: DemoObjectiveWorld, now: Date): Promise<DemoCalendar> {
  const today = councilDate(now);
  const month = DEFAULT_OBJECTIVE_SETTINGS.yearStartMonth;
  const calendarYear = Number(today.slice(0, 4));
  const startYear = today >= monthStart(calendarYear, month) ? calendarYear : calendarYear - 1;
  const hr = world.named(DEMO_PERSONA_NAMES.hr).id;
  const previous = yearShape(startYear - 1, month);
  const current = yearShape(startYear, month);
  const rows: Insertable<Database['appraisal_years']>[] = [
    { ...previous, status: 'closed', created_by: hr, created_at: ukTime(addDays(previous.starts_on, -30), 10), updated_at: ukTime(current.starts_on, 8) },
    { ...current, status: 'open', created_by: hr, created_at: ukTime(addDays(current.starts_on, -30), 10), updated_at: ukTime(current.starts_on, 9) },
  ];
  // Two months before the year ends, HR sets up the next one so people can start drafting.
  if (today >= monthStart(startYear + 1, month - 2)) {
    rows.push({ ...yearShape(startYear + 1, month), status: 'planned', created_by: hr, created_at: ago(now, 5), updated_at: ago(now, 5) });
  }
  const ids = await db.insertInto('appraisal_years').values(rows).returning(['id', 'starts_on']).execute();
  const dates = (shape: typeof current): DemoYearDates => ({
    id: ids.find((row) => row.starts_on === shape.starts_on)!.id,
    startsOn: shape.starts_on,
    endsOn: shape.ends_on,
  });
  return { now, today, current: dates(current), previous: dates(previous) };
}

async function insertObjectives(db: Db, rows: readonly StoryRows[], currentYearId: string): Promise<void> {
  await insertInChunks(rows, (chunk) => db.insertInto('objectives').values(chunk.map((row) => row.objective)).execute());
  await insertInChunks(rows.flatMap((row) => row.events), (chunk) => db.insertInto('objective_events').values(chunk).execute());
  await insertInChunks(rows.flatMap((row) => row.checkIns), (chunk) => db.insertInto('objective_check_ins').values(chunk).execute());
  // Taking part in a project, once agreed, makes a person one of its members.
  const members = rows
    .map((row) => row.objective)
    .filter((objective) => objective.year_id === currentYearId && objective.project_id && objective.agreed_at)
    .map((objective) => ({ project_id: objective.project_id!, person_id: objective.person_id, role: 'Team member', added_at: objective.agreed_at! }));
  if (members.length > 0) {
    await db.insertInto('project_members').values(members).onConflict((conflict) => conflict.columns(['project_id', 'person_id']).doNothing()).execute();
  }
}

/** Writes it all once, into a database with no appraisal years and no projects; returns whether it did. */
export async function seedDemoObjectives(db: Db, framework: FrameworkVersion, now: Date): Promise<{ seeded: boolean }> {
  return db.transaction().execute(async (trx) => {
    // Two servers starting together: the second waits here, then finds the years.
    await sql`lock table appraisal_years, projects in share row exclusive mode`.execute(trx);
    const existing = await sql<{ found: boolean }>`select exists (select 1 from appraisal_years) or exists (select 1 from projects) as found`.execute(trx);
    if (existing.rows[0]?.found) return { seeded: false };
    const world = await loadDemoObjectiveWorld(trx);
    const calendar = await seedYears(trx, world, now);
    const projects = await seedDemoProjects(trx, world, now);
    await seedDemoServicePlans(trx, world, calendar.current.id, projects, now);
    await insertObjectives(trx, planDemoObjectives({ world, framework, projects }, calendar), calendar.current.id);
    return { seeded: true };
  });
}
