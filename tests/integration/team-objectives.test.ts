import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Problem } from '../../api/src/contracts/common.js';
import { Waiting } from '../../api/src/contracts/me.js';
import { TEAM_OBJECTIVE_FILTERS, TeamObjectives, type TeamObjectiveFilter } from '../../api/src/contracts/team-objectives.js';
import { buildCampaign } from '../factories/audit.js';
import { buildAuditResult } from '../factories/champions.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { currentFrameworkVersionId } from '../e2e/audit-support.js';
import { request } from '../support/http-client.js';
import { objectivesCast, type Cast, type CastMember } from '../support/objectives-cast.js';
import { stillClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * The clock stands at 15 September 2026. Check-ins are due every 90 days (the default), so
 * an objective agreed on 8 May with no check-in since was due on 6 August and is overdue.
 */
const NOW = '2026-09-15T10:00:00Z';

let server: TestServer;
let cast: Cast;
let yearId: string;
let pastYearId: string;
/** Gareth's direct reports other than Sam, by name: b, c, d and e carry objectives; the rest have none. */
let garethTeam: { id: string; name: string }[];
let reports: Record<'b' | 'c' | 'd' | 'e', { id: string; name: string }>;

async function activeReportsOf(managerId: string): Promise<{ id: string; name: string }[]> {
  const rows = await server.db
    .selectFrom('people')
    .select(['id', 'display_name'])
    .where('line_manager_id', '=', managerId)
    .where('status', '=', 'active')
    .orderBy('display_name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.display_name }));
}

/** Everyone active below a manager, found by walking the directory one level at a time (through leavers too). */
async function wholeLineOf(managerId: string): Promise<Set<string>> {
  const active = new Set<string>();
  const seen = new Set<string>();
  let level = [managerId];
  while (level.length > 0) {
    const next = await server.db.selectFrom('people').select(['id', 'status']).where('line_manager_id', 'in', level).execute();
    const fresh = next.filter((row) => !seen.has(row.id));
    for (const row of fresh) {
      seen.add(row.id);
      if (row.status === 'active') active.add(row.id);
    }
    level = fresh.map((row) => row.id);
  }
  return active;
}

function teamPath(query: Record<string, string | number> = {}): string {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]));
  const text = search.toString();
  return `/api/objectives/team${text ? `?${text}` : ''}`;
}

async function team(member: CastMember, query: Record<string, string | number> = {}): Promise<TeamObjectives> {
  const response = await request(server.baseUrl, 'GET', teamPath(query), member.headers);
  expect(response.status).toBe(200);
  return TeamObjectives.parse(await response.json());
}

async function refused(member: CastMember, query: Record<string, string | number>, status: number): Promise<Problem> {
  const response = await request(server.baseUrl, 'GET', teamPath(query), member.headers);
  expect(response.status).toBe(status);
  return Problem.parse(await response.json());
}

const ids = (page: TeamObjectives) => page.items.map((item) => item.person.id);

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock: stillClock(NOW) } });
  cast = await objectivesCast(server);
  const { db } = server;
  yearId = await buildAppraisalYear(db);
  pastYearId = await buildAppraisalYear(db, { label: '2025/26', startsOn: '2025-04-01', endsOn: '2026-03-31', agreeBy: '2025-06-30', status: 'closed' });

  const everyone = await activeReportsOf(cast.directManager.id);
  garethTeam = everyone;
  const others = everyone.filter((person) => person.id !== cast.staff.id);
  const [b, c, d, e] = others;
  if (!b || !c || !d || !e) throw new Error('Gareth’s demo team is too small for these tests');
  reports = { b, c, d, e };

  await buildObjective(db, cast.staff.id, yearId, { status: 'proposed', title: 'Learn to use shared calendars' });
  await buildObjective(db, b.id, yearId, { status: 'agreed', agreedAt: new Date('2026-05-08T09:00:00Z') });
  await buildObjective(db, c.id, yearId, { status: 'in-progress', progress: 40, lastCheckInAt: new Date('2026-09-01T09:00:00Z') });
  await buildObjective(db, c.id, yearId, { status: 'returned', kind: 'project', title: 'Help test the new booking system' });
  await buildObjective(db, d.id, yearId, { status: 'completed', progress: 100 });
  await buildObjective(db, e.id, yearId, { status: 'withdrawn' });
  // Last year's: seen only when that year is asked for.
  await buildObjective(db, e.id, pastYearId, { status: 'completed', title: 'Last year’s objective', outcome: 'partly' });
});

afterAll(async () => {
  await server?.close();
});

describe('GET /api/objectives/team for a line manager', () => {
  it('shows Gareth everyone who reports to him, each with their objectives of the open year', async () => {
    const page = await team(cast.directManager);
    expect(page.year?.id).toBe(yearId);
    expect(page.scope).toBe('line');
    expect(page.notice).toBeNull();
    expect(page.checkInEveryDays).toBe(90);
    expect(page.total).toBe(garethTeam.length);
    expect(new Set(ids(page))).toEqual(new Set(garethTeam.map((person) => person.id)));

    const sam = page.items.find((item) => item.person.id === cast.staff.id);
    expect(sam).toMatchObject({
      direct: true,
      manager: { id: cast.directManager.id },
      service: { id: cast.staff.serviceId },
      jobTitle: 'Customer Services Adviser',
      flags: { noObjective: false, waiting: true, returned: false, checkInOverdue: false },
    });
    expect(sam?.objectives).toEqual([
      expect.objectContaining({ title: 'Learn to use shared calendars', kind: 'skill', status: 'proposed', checkInDueOn: null, checkInOverdue: false }),
    ]);
  });

  it('works out when each check-in is due from the last check-in, or from agreement', async () => {
    const page = await team(cast.directManager);
    const b = page.items.find((item) => item.person.id === reports.b.id);
    const c = page.items.find((item) => item.person.id === reports.c.id);
    expect(b?.objectives[0]).toMatchObject({ status: 'agreed', checkInDueOn: '2026-08-06', checkInOverdue: true });
    expect(b?.flags.checkInOverdue).toBe(true);
    expect(c?.objectives.find((objective) => objective.status === 'in-progress')).toMatchObject({ progress: 40, checkInDueOn: '2026-11-30', checkInOverdue: false });
    expect(c?.flags).toEqual({ noObjective: false, waiting: false, returned: true, checkInOverdue: false });
  });

  it('leaves withdrawn objectives out, so someone with only a withdrawn one has no objective yet', async () => {
    const page = await team(cast.directManager, { status: 'no-objective' });
    const e = page.items.find((item) => item.person.id === reports.e.id);
    expect(e).toMatchObject({ objectives: [], flags: { noObjective: true } });
  });

  const expected: Record<TeamObjectiveFilter, () => string[]> = {
    waiting: () => [cast.staff.id],
    returned: () => [reports.c.id],
    agreed: () => [reports.b.id],
    'in-progress': () => [reports.c.id],
    'check-in-overdue': () => [reports.b.id],
    completed: () => [reports.d.id],
    'no-objective': () =>
      garethTeam.map((person) => person.id).filter((id) => ![cast.staff.id, reports.b.id, reports.c.id, reports.d.id].includes(id)),
  };

  it.each(TEAM_OBJECTIVE_FILTERS)('narrows the list to the people matching “%s”, and counts them for the filter', async (filter) => {
    const page = await team(cast.directManager, { status: filter });
    expect(new Set(ids(page))).toEqual(new Set(expected[filter]()));
    expect(page.total).toBe(expected[filter]().length);
    expect(page.counts[filter]).toBe(expected[filter]().length);
    expect(page.counts.everyone).toBe(garethTeam.length);
  });

  it('finds people by part of their name, whatever the case', async () => {
    const page = await team(cast.directManager, { q: 'WHITF' });
    expect(ids(page)).toEqual([cast.staff.id]);
    // The chips still count the whole line.
    expect(page.counts.everyone).toBe(garethTeam.length);
  });

  it('pages through the line in name order', async () => {
    const first = await team(cast.directManager, { limit: 2, offset: 0 });
    const second = await team(cast.directManager, { limit: 2, offset: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(garethTeam.length);
    expect(ids(second)).toEqual(garethTeam.slice(2, 4).map((person) => person.id));
    expect(ids(first)).toEqual(garethTeam.slice(0, 2).map((person) => person.id));
  });

  it('shows a head of service their whole reporting line: direct reports and the people below them', async () => {
    const head = cast.indirectManager;
    const line = await wholeLineOf(head.id);
    const page = await team(head, { limit: 200 });
    expect(page.total).toBe(line.size);
    expect(new Set(ids(page))).toEqual(line);
    expect(page.items.find((item) => item.person.id === cast.directManager.id)).toMatchObject({ direct: true });
    expect(page.items.find((item) => item.person.id === cast.staff.id)).toMatchObject({ direct: false, manager: { id: cast.directManager.id } });
    // Direct reports come first.
    const firstIndirect = page.items.findIndex((item) => !item.direct);
    expect(page.items.slice(firstIndirect).every((item) => !item.direct)).toBe(true);
  });

  it('lets a head of service narrow the view to one manager’s team inside their line', async () => {
    const head = await team(cast.indirectManager);
    expect(head.teams.map((manager) => manager.id)).toEqual(expect.arrayContaining([cast.directManager.id, cast.managerOutside.id]));
    const page = await team(cast.indirectManager, { teamManagerId: cast.directManager.id });
    expect(new Set(ids(page))).toEqual(new Set(garethTeam.map((person) => person.id)));
    expect(page.counts.waiting).toBe(1);
    expect(page.items.every((item) => !item.direct)).toBe(true);
  });

  it('returns 404 for a team outside my line, exactly as for a manager who does not exist', async () => {
    const outside = await refused(cast.directManager, { teamManagerId: cast.managerOutside.id }, 404);
    const nobody = await refused(cast.directManager, { teamManagerId: '6f1c2a1e-4c7b-4f43-9a8e-2d6b0c9f1a11' }, 404);
    expect(outside.detail).toBe(nobody.detail);
    expect(outside.detail).not.toContain(cast.managerOutside.displayName);
  });

  it('returns 403 when a line manager filters by service, which only HR can do across the council', async () => {
    const problem = await refused(cast.directManager, { serviceId: cast.staff.serviceId! }, 403);
    expect(problem.detail).toBe('Only HR can look across the council by service.');
  });

  it('shows the objectives of the year asked for', async () => {
    const page = await team(cast.directManager, { yearId: pastYearId, status: 'completed' });
    expect(page.year).toMatchObject({ id: pastYearId, label: '2025/26', status: 'closed' });
    expect(ids(page)).toEqual([reports.e.id]);
    expect(page.items[0]?.objectives).toEqual([expect.objectContaining({ title: 'Last year’s objective', outcome: 'partly' })]);
    expect(page.years.map((year) => year.label)).toEqual(['2026/27', '2025/26']);
  });

  it('returns 404 for a year that does not exist', async () => {
    await refused(cast.directManager, { yearId: '0b3f7f55-0d7e-4b86-8a59-2d3c8d1b2f10' }, 404);
  });

  it('returns 400 naming the field for an unknown filter', async () => {
    const problem = await refused(cast.directManager, { status: 'lost' }, 400);
    expect(problem.errors?.map((error) => error.field)).toEqual(['query.status']);
  });
});

describe('GET /api/objectives/team for HR', () => {
  it('shows HR the whole council, and one service when asked', async () => {
    const active = await server.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('count')).where('status', '=', 'active').executeTakeFirstOrThrow();
    const council = await team(cast.hr, { limit: 10 });
    expect(council.scope).toBe('council');
    expect(council.total).toBe(Number(active.count));
    expect(council.services.length).toBeGreaterThan(5);

    const serviceId = cast.staff.serviceId!;
    const inService = await server.db
      .selectFrom('people')
      .select('id')
      .where('status', '=', 'active')
      .where('service_id', '=', serviceId)
      .execute();
    const service = await team(cast.hr, { serviceId, limit: 200 });
    expect(new Set(ids(service))).toEqual(new Set(inService.map((row) => row.id)));
    expect(service.counts.waiting).toBe(1);
  });

  it('lets HR narrow the view to any manager’s team', async () => {
    const page = await team(cast.hr, { teamManagerId: cast.directManager.id, status: 'waiting' });
    expect(page.scope).toBe('line');
    expect(ids(page)).toEqual([cast.staff.id]);
  });
});

describe('GET /api/objectives/team for people who manage nobody', () => {
  it.each(['staff', 'policy', 'digital'] as const)('returns 403 to %s', async (role) => {
    const problem = await refused(cast[role], {}, 403);
    expect(problem.detail).toBe('Only line managers and HR can see a team’s digital objectives.');
  });

  it('returns 401 without signing in', async () => {
    const response = await request(server.baseUrl, 'GET', teamPath());
    expect(response.status).toBe(401);
  });
});

describe('Reading the team view leaves a trace', () => {
  it('writes one audit-log read per person shown, and nothing for people not shown', async () => {
    const before = new Date();
    const page = await team(cast.directManager, { status: 'check-in-overdue' });
    const entries = await server.db
      .selectFrom('audit_log')
      .select(['action', 'resource', 'subject_person_id', 'details'])
      .where('actor_person_id', '=', cast.directManager.id)
      .where('resource', '=', 'objectives')
      .where('at', '>=', before)
      .execute();
    expect(entries).toEqual([{ action: 'read', resource: 'objectives', subject_person_id: reports.b.id, details: { yearId, view: 'team' } }]);
    expect(ids(page)).toEqual([reports.b.id]);
  });
});

describe('The team’s audit completion', () => {
  it('counts the latest skills audit for the people in view: finished, started and not started', async () => {
    const { db } = server;
    const frameworkVersionId = await currentFrameworkVersionId(db);
    const members = garethTeam.map((person) => person.id);
    const campaignId = await buildCampaign(db, { frameworkVersionId, memberIds: members, name: 'Autumn skills audit' });
    const [first, second] = members;
    // A submitted result (made for the factory's own campaign), moved into this one; and a draft.
    const submitted = await buildAuditResult(db, first!, {});
    await db.updateTable('audit_responses').set({ campaign_id: campaignId }).where('id', '=', submitted).execute();
    await db.insertInto('audit_responses').values({ campaign_id: campaignId, person_id: second!, framework_version_id: frameworkVersionId, status: 'draft' }).execute();
    const expected = { campaign: expect.objectContaining({ id: campaignId, name: 'Autumn skills audit' }), members: members.length, submitted: 1, inProgress: 1, notStarted: members.length - 2 };

    expect((await team(cast.directManager)).auditCompletion).toEqual(expected);
    expect((await team(cast.hr, { teamManagerId: cast.directManager.id })).auditCompletion).toEqual(expected);
    // HR's council view counts the same campaign over everyone in it.
    expect((await team(cast.hr, { serviceId: cast.staff.serviceId! })).auditCompletion).toEqual(expected);
  });
});

describe('What waits on Home', () => {
  async function waitingFor(member: CastMember) {
    const response = await request(server.baseUrl, 'GET', '/api/me/waiting', member.headers);
    expect(response.status).toBe(200);
    return Waiting.parse(await response.json()).items;
  }

  it('tells Gareth how many objectives wait for his agreement and how many check-ins are overdue, linking to his team', async () => {
    const waiting = await waitingFor(cast.directManager);
    expect(waiting).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'objectives-to-agree', title: '1 digital objective waits for your agreement', href: '/team/objectives?status=waiting', count: 1 }),
        expect.objectContaining({ id: 'team-check-ins', title: '1 check-in in your team is overdue', href: '/team/objectives?status=check-in-overdue', count: 1 }),
      ]),
    );
  });

  it('does not tell a head of service about objectives that wait for the managers below them', async () => {
    const waiting = await waitingFor(cast.indirectManager);
    expect(waiting.map((item) => item.id)).not.toContain('objectives-to-agree');
  });

  it('tells Sam his objective is not agreed yet, with the date to agree one by', async () => {
    const waiting = await waitingFor(cast.staff);
    expect(waiting).toEqual(
      expect.arrayContaining([
        {
          id: 'objective-to-agree',
          title: 'You have no agreed digital objective for 2026/27 yet',
          detail: 'The date to agree one was 30 June 2026. Yours is waiting for your manager to agree it.',
          href: '/objectives',
        },
      ]),
    );
  });

  it('tells a person whose check-in is due, and not that they lack an agreed objective', async () => {
    const items = await waitingFor({ ...cast.staff, headers: { cookie: await signInAs(server.baseUrl, reports.b.id) } });
    expect(items.map((item) => item.id)).not.toContain('objective-to-agree');
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'objective-check-ins', title: 'A check-in on your digital objective is due', href: '/objectives', count: 1 }),
      ]),
    );
  });
});

describe('GET /api/objectives/team when no year is open', () => {
  it('says so, lists the years to choose from, and shows nobody until one is chosen', async () => {
    await server.db.updateTable('appraisal_years').set({ status: 'closed' }).where('id', '=', yearId).execute();
    try {
      const page = await team(cast.directManager);
      expect(page.year).toBeNull();
      expect(page.notice).toBe(
        'No appraisal year is open at the moment. HR opens one at the start of each appraisal year; you can look at a past year meanwhile.',
      );
      expect(page.items).toEqual([]);
      expect(page.counts.everyone).toBe(0);
      expect(page.years.map((year) => year.label)).toEqual(['2026/27', '2025/26']);
      expect((await team(cast.hr)).notice).toBe('No appraisal year is open. Open one under Appraisal years, or choose a past year.');
      // Home asks nobody to agree an objective for a year that is not open.
      const waiting = await request(server.baseUrl, 'GET', '/api/me/waiting', cast.staff.headers);
      expect(Waiting.parse(await waiting.json()).items.map((item) => item.id)).not.toContain('objective-to-agree');
    } finally {
      await server.db.updateTable('appraisal_years').set({ status: 'open' }).where('id', '=', yearId).execute();
    }
  });
});
