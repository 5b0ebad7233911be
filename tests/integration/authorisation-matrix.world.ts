import { sql } from 'kysely';
import type { Db } from '../../api/src/db/database.js';
import type { ChampionStatus, HelpRequestStatus } from '../../api/src/db/schema.js';
import { buildCampaign } from '../factories/audit.js';
import { buildAuditResult, buildChampion } from '../factories/champions.js';
import { buildDropIn, buildRegistration } from '../factories/drop-ins.js';
import { buildAppraisalYear, buildObjective, buildProject, type ObjectiveOverrides } from '../factories/objectives.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { buildServicePlan, serviceId } from '../factories/service-plans.js';
import { answerStatements } from '../support/objectives-api.js';
import { CROWD_ALLOWANCES, signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * The people the authorisation matrix is written against, all from the demo council, and
 * the records it points requests at. Records are Sam's (staff) unless a row says otherwise;
 * the champion is Priya Chauhan, made an active champion here because the test server
 * starts without the demo activity.
 */

export const ROLES = ['anonymous', 'staff', 'otherStaff', 'lineManager', 'headOfService', 'champion', 'digital', 'policy', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;
export const SIGNED_IN_ROLES = ROLES.filter((role): role is SignedInRole => role !== 'anonymous');

export const CAST: Record<SignedInRole, string> = {
  staff: 'Sam Whitfield',
  // Environmental Services, at the depot: nobody in Sam's line and no role in the app.
  otherStaff: 'Dave Hollis',
  // Sam's line manager.
  lineManager: 'Gareth Morgan',
  // Head of Housing (so also a line manager), not in Sam's line.
  headOfService: 'Helen Adeyemi',
  champion: 'Priya Chauhan',
  digital: 'Tom Nguyen',
  policy: 'Marcus Reid',
  hr: 'Fiona Campbell',
  admin: 'Alex Kowalski',
};

export const ROLE_LABELS: Record<Role, string> = {
  anonymous: 'anonymous',
  staff: 'staff',
  otherStaff: 'other staff',
  lineManager: 'line manager',
  headOfService: 'head of service',
  champion: 'champion',
  digital: 'digital team',
  policy: 'policy',
  hr: 'HR',
  admin: 'administrator',
};

/** A Monday morning inside the 2026/27 appraisal year and the open audit campaign: champions are at work. */
export const NOW = new Date('2026-11-16T10:00:00Z');
export const TODAY = '2026-11-16';
const HOUR = 60 * 60 * 1000;
/**
 * When upcoming drop-ins start: beyond the day's notice the reminder job (every quarter of an
 * hour) gives, so that it never writes to a booking while a refused request is being checked.
 */
export const UPCOMING = new Date(NOW.getTime() + 48 * HOUR);

export interface World {
  server: TestServer;
  db: Db;
  baseUrl: string;
  id: Record<SignedInRole, string>;
  cookie: Record<SignedInRole, string>;
  /** Helen's service. */
  housing: string;
  civicCentre: string;
  yearId: string;
  projectId: string;
  /** The open campaign everyone in the cast is a member of. */
  campaignId: string;
  frameworkVersionId: string;
  /** Every statement of the current framework, in order. */
  statementIds: string[];
  /** Sam's submitted audit, with a gap in "managing information". */
  samsReportId: string;
  /** A drop-in of Priya's with room for everyone. */
  dropInId: string;
}

async function currentFramework(db: Db): Promise<{ id: string; statementIds: string[] }> {
  const version = await db.selectFrom('framework_versions').select('id').orderBy('version', 'desc').executeTakeFirstOrThrow();
  const statements = await db
    .selectFrom('framework_statements as s')
    .innerJoin('framework_categories as c', 'c.id', 's.category_id')
    .select('s.id')
    .where('s.framework_version_id', '=', version.id)
    .orderBy('c.position')
    .orderBy('s.position')
    .execute();
  return { id: version.id, statementIds: statements.map((statement) => statement.id) };
}

export async function buildWorld(): Promise<World> {
  const server = await startTestServer({ overrides: { clock: { now: () => new Date(NOW) }, rateLimits: CROWD_ALLOWANCES } });
  const { db } = server;
  const id = Object.fromEntries(
    await Promise.all(SIGNED_IN_ROLES.map(async (role) => [role, await demoPersonId(db, CAST[role])] as const)),
  ) as Record<SignedInRole, string>;
  const strengths = { communicating: 'confident', 'digital-at-work': 'confident', 'managing-information': 'capable', transacting: 'capable' } as const;
  const priya = await db.selectFrom('champions').select('status').where('person_id', '=', id.champion).executeTakeFirst();
  if (priya) await db.updateTable('champions').set({ status: 'active' }).where('person_id', '=', id.champion).execute();
  else await buildChampion(db, { personId: id.champion, strengths });
  const cookie = Object.fromEntries(
    await Promise.all(SIGNED_IN_ROLES.map(async (role) => [role, await signInAs(server.baseUrl, id[role])] as const)),
  ) as Record<SignedInRole, string>;

  const framework = await currentFramework(db);
  const samsReportId = await buildAuditResult(db, id.staff, { 'managing-information': { level: 'developing', gaps: 1 } });
  await answerStatements(db, samsReportId, { 'use-search-engine': 'could-not' });
  const civicCentre = await db.selectFrom('sites').select('id').where('name', '=', 'Civic Centre').executeTakeFirstOrThrow();
  const housing = await serviceId(db, 'Housing');
  const world: World = {
    server,
    db,
    baseUrl: server.baseUrl,
    id,
    cookie,
    housing,
    civicCentre: civicCentre.id,
    yearId: await buildAppraisalYear(db),
    projectId: await buildProject(db, { name: 'Online housing repairs', serviceId: housing, sponsorPersonId: id.headOfService }),
    campaignId: await buildCampaign(db, { name: 'Autumn 2026 skills audit', frameworkVersionId: framework.id, status: 'launched', memberIds: Object.values(id) }),
    frameworkVersionId: framework.id,
    statementIds: framework.statementIds,
    samsReportId,
    dropInId: await buildDropIn(db, id.champion, { startsAt: UPCOMING, siteId: civicCentre.id, capacity: 50 }),
  };
  await buildServicePlan(db, housing, world.yearId, { items: [{ ownerPersonId: id.headOfService }] });
  return world;
}

export interface SendOptions {
  contentType?: string;
  /** A session of its own, instead of the role's. */
  cookie?: string;
}

/** A request as the tab sends it: the session cookie, JSON, and this site as the Origin of every change. */
export function send(world: World, role: Role, method: string, path: string, body?: unknown, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' };
  const cookie = options.cookie ?? (role === 'anonymous' ? undefined : world.cookie[role]);
  if (cookie) headers.cookie = cookie;
  if (method !== 'GET') headers.origin = world.baseUrl;
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  return fetch(`${world.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Sends as `role` and returns the JSON answer, failing loudly when a fixture could not be made. */
export async function made<T>(world: World, role: SignedInRole, method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(world, role, method, path, body);
  if (!response.ok) throw new Error(`making a fixture, ${method} ${path} as ${role} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Tables that change whatever the requests do: sign-ins, rate-limit counters, the ledger the
 * hourly objective-reminder job claims its reminders in, and the bookkeeping of migrations.
 */
const UNWATCHED = new Set(['rate_limits', 'sessions', 'reminders_sent', 'schema_migrations', 'schema_migrations_lock']);

/** A fingerprint of every watched table's rows: equal before and after means nothing was written. */
export async function fingerprints(world: World): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(world.db);
  const perTable = tables
    .filter((table) => !UNWATCHED.has(table.name))
    // A sum of row hashes: no order to sort, and any row added, removed or changed moves it.
    .map(({ name }) => sql`select ${name} as name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) as digest from ${sql.table(name)} t`);
  const { rows } = await sql<{ name: string; digest: string }>`${sql.join(perTable, sql` union all `)}`.execute(world.db);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

// Fresh records, one per request where a request changes them, so no request depends on another.

export const samsObjective = (world: World, status: ObjectiveOverrides['status']) => buildObjective(world.db, world.id.staff, world.yearId, { status });

export async function freshCampaign(world: World, status: 'draft' | 'launched'): Promise<string> {
  // Opens in the new year for Housing only, so launching it invites nobody today.
  const row = await world.db
    .insertInto('audit_campaigns')
    .values({
      name: `Housing audit ${Math.random().toString(36).slice(2, 8)}`,
      opens_on: '2027-01-11',
      closes_on: '2027-01-29',
      framework_version_id: world.frameworkVersionId,
      population_kind: 'chosen',
      service_ids: [world.housing],
      site_ids: [],
      reminder_days: [7],
      status,
      launched_at: status === 'launched' ? NOW : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function freshResource(world: World, archived: boolean): Promise<string> {
  const row = await world.db
    .insertInto('learning_resources')
    .values({
      title: 'Teams meetings in ten minutes',
      kind: 'video',
      description: 'Join, share your screen and record a meeting.',
      url: 'https://learning.example.gov.uk/teams-meetings',
      provider: 'Council learning',
      duration_minutes: 10,
      category_keys: ['communicating'],
      archived_at: archived ? NOW : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const guideInput = (title = 'Sharing a file from OneDrive') => ({
  title,
  summary: 'Send a link, not an attachment.',
  bodyMarkdown: '1. Open OneDrive.\n2. Choose **Share**.\n3. Copy the link into your message.',
  categoryKeys: ['communicating'],
  statementKeys: [],
});

/** A guide of Priya's, taken as far through its workflow as `status`. */
export async function freshGuide(world: World, status: 'draft' | 'submitted' | 'published'): Promise<string> {
  const guide = await made<{ id: string }>(world, 'champion', 'POST', '/api/guides', guideInput());
  if (status !== 'draft') await made(world, 'champion', 'POST', `/api/guides/${guide.id}/submit`);
  if (status === 'published') await made(world, 'digital', 'POST', `/api/guides/${guide.id}/publish`);
  return guide.id;
}

/** A help request of Sam's: offered to Priya, taken by her, or resolved by her. */
export async function freshHelpRequest(world: World, status: Extract<HelpRequestStatus, 'offered' | 'claimed' | 'resolved'>): Promise<string> {
  const { staff: sam, champion: priya } = world.id;
  const asked = new Date(NOW.getTime() - HOUR);
  const taken = status !== 'offered';
  const row = await world.db
    .insertInto('help_requests')
    .values({
      requester_id: sam,
      category_key: 'communicating',
      question: 'How do I share my screen in a Teams meeting?',
      channel: 'tab',
      status,
      offered_to: taken ? null : priya,
      offer_number: 1,
      offer_expires_at: taken ? null : new Date(NOW.getTime() + 3 * HOUR),
      claimed_by: taken ? priya : null,
      claimed_at: taken ? new Date(asked.getTime() + 10 * 60 * 1000) : null,
      resolved_at: status === 'resolved' ? new Date(NOW.getTime() - 5 * 60 * 1000) : null,
      resolution_note: status === 'resolved' ? 'Showed Sam the Share button.' : null,
      minutes_spent: status === 'resolved' ? 15 : null,
      created_at: asked,
      updated_at: asked,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await world.db
    .insertInto('help_request_offers')
    .values({ request_id: row.id, champion_id: priya, offered_at: asked, outcome: taken ? 'accepted' : 'pending', decided_at: taken ? asked : null })
    .execute();
  return row.id;
}

/** A session Priya logged by hand yesterday, which she may still remove. */
export async function freshSupportSession(world: World): Promise<string> {
  const yesterday = new Date(NOW.getTime() - 24 * HOUR);
  const row = await world.db
    .insertInto('support_sessions')
    .values({ champion_id: world.id.champion, kind: 'one-to-one', happened_on: '2026-11-13', minutes: 20, people_helped: 1, category_keys: ['communicating'], created_at: yesterday })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A drop-in of Priya's at the Civic Centre: upcoming, or one that ended an hour ago. */
export function freshDropIn(world: World, when: 'upcoming' | 'ended'): Promise<string> {
  const startsAt = when === 'upcoming' ? UPCOMING : new Date(NOW.getTime() - 2 * HOUR);
  return buildDropIn(world.db, world.id.champion, { startsAt, siteId: world.civicCentre });
}

/** An upcoming drop-in in which everyone in the cast has a place. */
export async function dropInEveryoneBooked(world: World): Promise<string> {
  const dropInId = await freshDropIn(world, 'upcoming');
  for (const personId of Object.values(world.id)) if (personId !== world.id.champion) await buildRegistration(world.db, dropInId, personId);
  return dropInId;
}

/** Sam matched with Priya in a run the digital team made. */
export async function freshMatch(world: World): Promise<string> {
  const run = await world.db
    .insertInto('match_runs')
    .values({ run_by: world.id.digital, run_at: NOW, settings: JSON.stringify({}), matched_count: 1, total_score: 1, unmatched: JSON.stringify([]) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const match = await world.db
    .insertInto('champion_matches')
    .values({ run_id: run.id, learner_id: world.id.staff, champion_id: world.id.champion, score: 1, explanation: 'covers 1 of your 1 gaps · same building', created_at: NOW })
    .returning('id')
    .executeTakeFirstOrThrow();
  return match.id;
}

/** Someone new to the champions programme, at `status` (a volunteer waiting, an active champion…). */
export function freshChampion(world: World, status: ChampionStatus): Promise<string> {
  return buildChampion(world.db, { status, serviceId: world.housing, siteId: world.civicCentre });
}

export const freshColleague = (world: World) => buildPerson(world.db, { serviceId: world.housing, siteId: world.civicCentre, lineManagerId: world.id.headOfService });

export async function freshLeaver(world: World): Promise<{ id: string; name: string }> {
  const name = `Leaver ${Math.random().toString(36).slice(2, 8)}`;
  return { id: await buildPerson(world.db, { displayName: name, serviceId: world.housing, status: 'leaver', leftOn: '2026-09-30' }), name };
}

/** One more item in Housing's plan. */
export async function freshPlanItem(world: World): Promise<string> {
  const plan = await world.db.selectFrom('service_plans').select('id').where('service_id', '=', world.housing).where('year_id', '=', world.yearId).executeTakeFirstOrThrow();
  const position = await world.db.selectFrom('service_plan_items').select(sql<number>`count(*)::int`.as('count')).where('plan_id', '=', plan.id).executeTakeFirstOrThrow();
  const row = await world.db
    .insertInto('service_plan_items')
    .values({
      plan_id: plan.id,
      kind: 'project',
      title: 'Book a repair online',
      owner_person_id: world.id.headOfService,
      measure: 'Half of all repairs booked online',
      status: 'on-track',
      position: position.count,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A project with Sam in its team. */
export async function freshProjectWithSam(world: World): Promise<string> {
  const projectId = await buildProject(world.db, { serviceId: world.housing, sponsorPersonId: world.id.headOfService });
  await world.db.insertInto('project_members').values({ project_id: projectId, person_id: world.id.staff, role: 'Tester' }).execute();
  return projectId;
}

/** An invitation to be a champion, waiting for the person's answer, as the digital team would send. */
export async function inviteToBeAChampion(world: World, personId: string): Promise<void> {
  await world.db.insertInto('champions').values({ person_id: personId, status: 'invited' }).execute();
}

/** Back to Priya as the only champion in the cast, active; nobody else with a champion record. */
export async function onlyPriyaAChampion(world: World): Promise<void> {
  const others = SIGNED_IN_ROLES.filter((role) => role !== 'champion').map((role) => world.id[role]);
  await world.db.deleteFrom('champion_events').where('person_id', 'in', others).execute();
  await world.db.deleteFrom('champions').where('person_id', 'in', others).execute();
  await world.db.updateTable('champions').set({ status: 'active' }).where('person_id', '=', world.id.champion).execute();
}

/** Everyone's audit in the open campaign back to not started. */
export async function noAuditsInTheCampaign(world: World): Promise<void> {
  const responses = world.db.selectFrom('audit_responses').select('id').where('campaign_id', '=', world.campaignId);
  await world.db.deleteFrom('audit_answers').where('response_id', 'in', responses).execute();
  await world.db.deleteFrom('audit_responses').where('campaign_id', '=', world.campaignId).execute();
}

/** Every answer for the campaign's framework, all "done recently". */
export const allAnswers = (world: World) => world.statementIds.map((statementId) => ({ statementId, answer: 'done-recently' }));
