import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ProjectDetail, ProjectFollowing, ProjectPage, ProjectServiceList } from '../../api/src/contracts/projects.js';
import { buildAppraisalYear, buildObjective, buildProject } from '../factories/objectives.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { fieldsOf, problemOf, request } from '../support/http-client.js';
import { projectInput } from '../support/project-api.js';
import { settableClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

const NOW = '2026-06-01T09:00:00Z';
const UNKNOWN_ID = 'c0000000-0000-4000-8000-000000000000';

/** A signed-in person's session cookie. */
type Cookie = { cookie: string };

let server: TestServer;
const clock = settableClock(NOW);
let tom: Cookie;
let sam: Cookie;
let helen: Cookie;
let tomId: string;
let samId: string;
let helenId: string;
let housingId: string;
let customerServicesId: string;

const call = (who: Cookie, method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, who, body);

async function created(overrides: Record<string, unknown> = {}): Promise<ProjectDetail> {
  const response = await call(tom, 'POST', '/api/projects', projectInput(housingId, helenId, overrides));
  expect(response.status).toBe(200);
  return ProjectDetail.parse(await response.json());
}

async function detail(who: Cookie, id: string): Promise<ProjectDetail> {
  const response = await call(who, 'GET', `/api/projects/${id}`);
  expect(response.status).toBe(200);
  return ProjectDetail.parse(await response.json());
}

async function list(who: Cookie, query = ''): Promise<ProjectPage> {
  const response = await call(who, 'GET', `/api/projects${query}`);
  expect(response.status).toBe(200);
  return ProjectPage.parse(await response.json());
}

const projectRows = () => server.db.selectFrom('projects').selectAll().orderBy('name').execute();
const memberRows = () => server.db.selectFrom('project_members').selectAll().execute();
const followerRows = () => server.db.selectFrom('project_followers').selectAll().execute();

async function serviceId(name: string): Promise<string> {
  return (await server.db.selectFrom('services').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  tomId = await demoPersonId(server.db, 'Tom Nguyen');
  samId = await demoPersonId(server.db, 'Sam Whitfield');
  helenId = await demoPersonId(server.db, 'Helen Adeyemi');
  tom = { cookie: await signInAs(server.baseUrl, tomId) };
  sam = { cookie: await signInAs(server.baseUrl, samId) };
  helen = { cookie: await signInAs(server.baseUrl, helenId) };
  [housingId, customerServicesId] = await Promise.all([serviceId('Housing'), serviceId('Customer Services')]);
});

afterAll(() => server?.close());

beforeEach(async () => {
  clock.set(NOW);
  await server.db.deleteFrom('projects').execute();
});

describe('POST /api/projects', () => {
  it('adds a project with its digital implications, by the digital team, for anyone to find', async () => {
    const project = await created();

    expect(project).toMatchObject({
      name: 'Online housing repairs',
      summary: 'Tenants report and track repairs online.',
      service: { id: housingId, name: 'Housing' },
      sponsor: { id: helenId, displayName: 'Helen Adeyemi' },
      stage: 'initiation',
      rag: 'green',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      digitalImplications: 'Tenants need an account; repair officers get tablets; repair data moves to the new system.',
      members: [],
      memberCount: 0,
      followerCount: 0,
      followedByMe: false,
      followers: [],
      linkedObjectiveCount: 0,
      lastUpdatePublishedAt: null,
      canCurate: true,
    });
    const [row] = await projectRows();
    expect(row).toMatchObject({ id: project.id, created_by: tomId, last_update_published_at: null });
  });

  it('leaves the summary, dates and digital implications empty when they are not given', async () => {
    const project = await created({ summary: undefined, startsOn: undefined, endsOn: undefined, digitalImplications: undefined, stage: 'idea' });
    expect(project).toMatchObject({ summary: '', startsOn: null, endsOn: null, digitalImplications: '', stage: 'idea' });
  });

  it('returns 409 naming the project when another has the name in other capitals, and writes nothing', async () => {
    await created();

    const response = await call(tom, 'POST', '/api/projects', projectInput(customerServicesId, helenId, { name: '  ONLINE Housing Repairs ' }));

    expect(response.status).toBe(409);
    const problem = await problemOf(response);
    expect(problem.detail).toBe('There is already a project called “Online housing repairs” in the register. Choose another name.');
    expect(problem.errors).toEqual([{ field: 'body.name', message: 'is already used by the project “Online housing repairs”' }]);
    expect(await projectRows()).toHaveLength(1);
  });

  it('returns 422 naming every wrong field, shape and rules together, and writes nothing', async () => {
    const leaver = await buildPerson(server.db, { status: 'leaver' });

    const response = await call(
      tom,
      'POST',
      '/api/projects',
      projectInput(UNKNOWN_ID, leaver, { name: 'No', stage: 'finished', startsOn: '2026-09-01', endsOn: '2026-08-31' }),
    );

    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([
      { field: 'body.name', message: 'must be at least 3 characters' },
      { field: 'body.stage', message: expect.stringContaining('"delivery"') },
      { field: 'body.endsOn', message: 'must be on or after the start date' },
      { field: 'body.serviceId', message: 'is not a service in the directory' },
      { field: 'body.sponsorPersonId', message: 'has left the council: choose a sponsor who works here' },
    ]);
    expect(await projectRows()).toEqual([]);
  });

  it('returns 422 when the sponsor is nobody in the directory, or required fields are missing', async () => {
    const unknownSponsor = await call(tom, 'POST', '/api/projects', projectInput(housingId, UNKNOWN_ID));
    expect(await fieldsOf(unknownSponsor)).toEqual(['body.sponsorPersonId']);

    const empty = await call(tom, 'POST', '/api/projects', {});
    expect(empty.status).toBe(422);
    expect(await fieldsOf(empty)).toEqual(['body.name', 'body.serviceId', 'body.sponsorPersonId', 'body.stage', 'body.rag']);
    expect(await projectRows()).toEqual([]);
  });

  it('returns 422 when the body tries to set when the last update was published', async () => {
    const response = await call(tom, 'POST', '/api/projects', projectInput(housingId, helenId, { lastUpdatePublishedAt: NOW }));
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.lastUpdatePublishedAt', message: 'is not expected here' }]);
    expect(await projectRows()).toEqual([]);
  });

  it('returns 403 when someone outside the digital team tries, and writes nothing', async () => {
    const response = await call(sam, 'POST', '/api/projects', projectInput(housingId, helenId));
    expect(response.status).toBe(403);
    expect((await problemOf(response)).detail).toBe('Only the digital team can add projects to the register.');
    expect(await projectRows()).toEqual([]);
  });
});

describe('PATCH /api/projects/:projectId', () => {
  it('changes only the fields sent, and says when it changed', async () => {
    const project = await created();
    clock.advance(60_000);

    const response = await call(tom, 'PATCH', `/api/projects/${project.id}`, { stage: 'delivery', rag: 'amber', serviceId: customerServicesId });

    expect(response.status).toBe(200);
    const changed = ProjectDetail.parse(await response.json());
    expect(changed).toMatchObject({ ...project, stage: 'delivery', rag: 'amber', service: { id: customerServicesId, name: 'Customer Services' }, updatedAt: expect.any(String) });
    expect(new Date(changed.updatedAt).getTime()).toBeGreaterThan(new Date(project.updatedAt).getTime());
  });

  it('lets a project keep its own name in other capitals', async () => {
    const project = await created();
    const response = await call(tom, 'PATCH', `/api/projects/${project.id}`, { name: 'Online Housing Repairs' });
    expect(response.status).toBe(200);
    expect(ProjectDetail.parse(await response.json()).name).toBe('Online Housing Repairs');
  });

  it('returns 409 naming the other project when renamed to its name, and changes nothing', async () => {
    await created();
    const other = await created({ name: 'Planning portal' });

    const response = await call(tom, 'PATCH', `/api/projects/${other.id}`, { name: 'online housing repairs', rag: 'red' });

    expect(response.status).toBe(409);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.name', message: 'is already used by the project “Online housing repairs”' }]);
    expect(await detail(tom, other.id)).toEqual(other);
  });

  it('returns 422 at body.endsOn when a new end date falls before the start it already has, and changes nothing', async () => {
    const project = await created();

    const response = await call(tom, 'PATCH', `/api/projects/${project.id}`, { endsOn: '2026-03-31', rag: 'red' });

    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.endsOn']);
    expect(await detail(tom, project.id)).toEqual(project);
  });

  it('returns 422 when the body tries to set when the last update was published, or names a leaver as sponsor', async () => {
    const project = await created();
    const leaver = await buildPerson(server.db, { status: 'leaver' });

    const response = await call(tom, 'PATCH', `/api/projects/${project.id}`, { lastUpdatePublishedAt: NOW, sponsorPersonId: leaver });

    expect(response.status).toBe(422);
    expect(await fieldsOf(response)).toEqual(['body.lastUpdatePublishedAt', 'body.sponsorPersonId']);
    expect(await detail(tom, project.id)).toEqual(project);
  });

  it('returns 404 for a project that does not exist, and 403 for anyone outside the digital team', async () => {
    expect((await call(tom, 'PATCH', `/api/projects/${UNKNOWN_ID}`, { rag: 'red' })).status).toBe(404);
    const project = await created();
    expect((await call(helen, 'PATCH', `/api/projects/${project.id}`, { rag: 'red' })).status).toBe(403);
    expect((await detail(tom, project.id)).rag).toBe('green');
  });
});

describe('PUT /api/projects/:projectId/members/:personId', () => {
  it('adds someone with their role, and changes the role when put again', async () => {
    const project = await created();

    const added = ProjectDetail.parse(await (await call(tom, 'PUT', `/api/projects/${project.id}/members/${samId}`, { role: 'Tester' })).json());
    expect(added.members).toEqual([{ person: { id: samId, displayName: 'Sam Whitfield' }, role: 'Tester', addedAt: expect.any(String) }]);
    expect(added.memberCount).toBe(1);

    const changed = await call(tom, 'PUT', `/api/projects/${project.id}/members/${samId}`, { role: 'User researcher' });
    expect(changed.status).toBe(200);
    expect(ProjectDetail.parse(await changed.json()).members.map((member) => member.role)).toEqual(['User researcher']);
    expect(await memberRows()).toHaveLength(1);
  });

  it('returns 422 at params.personId for a leaver or nobody, and adds nobody', async () => {
    const project = await created();
    const leaver = await buildPerson(server.db, { status: 'leaver' });

    for (const personId of [leaver, UNKNOWN_ID]) {
      const response = await call(tom, 'PUT', `/api/projects/${project.id}/members/${personId}`, { role: 'Tester' });
      expect(response.status).toBe(422);
      expect(await fieldsOf(response)).toEqual(['params.personId']);
    }
    expect(await memberRows()).toEqual([]);
  });

  it('returns 400 naming body.role when the role is too long, and 404 for a project that does not exist', async () => {
    const project = await created();
    const long = await call(tom, 'PUT', `/api/projects/${project.id}/members/${samId}`, { role: 'x'.repeat(101) });
    expect(long.status).toBe(400);
    expect(await fieldsOf(long)).toEqual(['body.role']);
    expect((await call(tom, 'PUT', `/api/projects/${UNKNOWN_ID}/members/${samId}`, { role: 'Tester' })).status).toBe(404);
    expect(await memberRows()).toEqual([]);
  });
});

describe('DELETE /api/projects/:projectId/members/:personId', () => {
  it('takes someone off, and taking them off again changes nothing', async () => {
    const project = await created();
    await call(tom, 'PUT', `/api/projects/${project.id}/members/${samId}`, { role: 'Tester' });

    for (let time = 0; time < 2; time += 1) {
      const response = await call(tom, 'DELETE', `/api/projects/${project.id}/members/${samId}`);
      expect(response.status).toBe(200);
      expect(ProjectDetail.parse(await response.json())).toMatchObject({ members: [], memberCount: 0 });
    }
    expect(await memberRows()).toEqual([]);
  });
});

describe('PUT and DELETE /api/projects/:projectId/follow', () => {
  it('follows once however many times it is asked, and unfollows the same way', async () => {
    const project = await created();

    for (let time = 0; time < 2; time += 1) {
      const response = await call(sam, 'PUT', `/api/projects/${project.id}/follow`);
      expect(response.status).toBe(200);
      expect(ProjectFollowing.parse(await response.json())).toEqual({ projectId: project.id, following: true, followerCount: 1 });
    }
    expect(await followerRows()).toEqual([expect.objectContaining({ project_id: project.id, person_id: samId })]);

    for (let time = 0; time < 2; time += 1) {
      const response = await call(sam, 'DELETE', `/api/projects/${project.id}/follow`);
      expect(response.status).toBe(200);
      expect(ProjectFollowing.parse(await response.json())).toEqual({ projectId: project.id, following: false, followerCount: 0 });
    }
    expect(await followerRows()).toEqual([]);
  });

  it('returns 404 for a project that does not exist', async () => {
    expect((await call(sam, 'PUT', `/api/projects/${UNKNOWN_ID}/follow`)).status).toBe(404);
    expect((await call(sam, 'DELETE', `/api/projects/${UNKNOWN_ID}/follow`)).status).toBe(404);
    expect(await followerRows()).toEqual([]);
  });
});

describe('GET /api/projects/:projectId', () => {
  it('shows everyone the project, its members and how many follow it; only the digital team sees who follows', async () => {
    const project = await created();
    await call(tom, 'PUT', `/api/projects/${project.id}/members/${helenId}`, { role: 'Sponsor' });
    await call(sam, 'PUT', `/api/projects/${project.id}/follow`);
    await call(helen, 'PUT', `/api/projects/${project.id}/follow`);

    const seenBySam = await detail(sam, project.id);
    expect(seenBySam).toMatchObject({ followerCount: 2, followedByMe: true, followers: null, canCurate: false, memberCount: 1 });
    expect(seenBySam.digitalImplications).toBe(project.digitalImplications);

    const seenByTom = await detail(tom, project.id);
    expect(seenByTom).toMatchObject({ followerCount: 2, followedByMe: false, canCurate: true });
    expect(seenByTom.followers).toEqual([
      { id: helenId, displayName: 'Helen Adeyemi' },
      { id: samId, displayName: 'Sam Whitfield' },
    ]);
  });

  it('counts the digital objectives taking part in it, leaving out withdrawn ones', async () => {
    const project = await created();
    const yearId = await buildAppraisalYear(server.db);
    await buildObjective(server.db, samId, yearId, { kind: 'project', projectId: project.id, status: 'agreed' });
    await buildObjective(server.db, helenId, yearId, { kind: 'project', projectId: project.id, status: 'draft' });
    await buildObjective(server.db, tomId, yearId, { kind: 'project', projectId: project.id, status: 'withdrawn' });

    expect((await detail(sam, project.id)).linkedObjectiveCount).toBe(2);
  });

  it('shows when its last update was published, once one has been', async () => {
    const project = await created();
    await server.db.updateTable('projects').set({ last_update_published_at: new Date('2026-05-20T12:00:00Z') }).where('id', '=', project.id).execute();
    expect((await detail(sam, project.id)).lastUpdatePublishedAt).toBe('2026-05-20T12:00:00.000Z');
  });

  it('returns 404 for a project that does not exist, and 400 for an id that is not one', async () => {
    expect((await call(sam, 'GET', `/api/projects/${UNKNOWN_ID}`)).status).toBe(404);
    const bad = await call(sam, 'GET', '/api/projects/not-an-id');
    expect(bad.status).toBe(400);
    expect(await fieldsOf(bad)).toEqual(['params.projectId']);
  });
});

describe('GET /api/projects', () => {
  let repairs: string;
  let portal: string;
  let bins: string;

  beforeEach(async () => {
    repairs = await buildProject(server.db, { name: 'Online housing repairs', serviceId: housingId, sponsorPersonId: helenId, stage: 'delivery', rag: 'amber' });
    portal = await buildProject(server.db, { name: 'Planning portal 100% online', serviceId: customerServicesId, stage: 'planning', rag: 'green' });
    bins = await buildProject(server.db, { name: 'Bin collection app', serviceId: housingId, stage: 'closed', rag: 'red' });
    await server.db.updateTable('projects').set({ summary: 'Residents book bulky waste collections' }).where('id', '=', bins).execute();
  });

  it('lists every project by name, with service, sponsor, stage, status, dates and counts', async () => {
    await call(sam, 'PUT', `/api/projects/${repairs}/follow`);
    await call(tom, 'PUT', `/api/projects/${repairs}/members/${samId}`, { role: 'Tester' });

    const page = await list(sam);

    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.name)).toEqual(['Bin collection app', 'Online housing repairs', 'Planning portal 100% online']);
    expect(page.items[1]).toMatchObject({
      id: repairs,
      service: { id: housingId, name: 'Housing' },
      sponsor: { id: helenId, displayName: 'Helen Adeyemi' },
      stage: 'delivery',
      rag: 'amber',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      memberCount: 1,
      followerCount: 1,
      followedByMe: true,
      lastUpdatePublishedAt: null,
    });
    expect((await list(tom)).items[1]!.followedByMe).toBe(false);
  });

  it('finds words in the name or summary, whatever the capitals, and treats % as a letter', async () => {
    expect((await list(sam, '?q=HOUSING')).items.map((item) => item.id)).toEqual([repairs]);
    expect((await list(sam, '?q=bulky')).items.map((item) => item.id)).toEqual([bins]);
    expect((await list(sam, `?q=${encodeURIComponent('100%')}`)).items.map((item) => item.id)).toEqual([portal]);
    expect((await list(sam, `?q=${encodeURIComponent('0%o')}`)).items).toEqual([]);
  });

  it('filters by service, stage and status, alone and together', async () => {
    const ids = async (query: string) => (await list(sam, query)).items.map((item) => item.id);
    expect(await ids(`?serviceId=${housingId}`)).toEqual([bins, repairs]);
    expect(await ids('?stage=planning')).toEqual([portal]);
    expect(await ids('?rag=red')).toEqual([bins]);
    expect(await ids(`?serviceId=${housingId}&rag=amber`)).toEqual([repairs]);
    expect(await ids(`?serviceId=${customerServicesId}&stage=closed`)).toEqual([]);
  });

  it('shows only the projects I follow with following=true', async () => {
    await call(sam, 'PUT', `/api/projects/${portal}/follow`);
    await call(helen, 'PUT', `/api/projects/${repairs}/follow`);

    expect((await list(sam, '?following=true')).items.map((item) => item.id)).toEqual([portal]);
    expect((await list(sam, '?following=false')).total).toBe(3);
    expect((await list(tom, '?following=true')).items).toEqual([]);
  });

  it('pages through the register, with the total', async () => {
    const first = await list(sam, '?limit=2');
    const second = await list(sam, '?limit=2&offset=2');
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([bins, repairs, portal]);
  });

  it('returns 400 naming the filter that is not one', async () => {
    const response = await call(sam, 'GET', '/api/projects?stage=finished&rag=blue');
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['query.stage', 'query.rag']);
  });
});

describe('GET /api/projects/services', () => {
  it('lists every service of the council, for choosing and filtering', async () => {
    const response = await call(sam, 'GET', '/api/projects/services');
    expect(response.status).toBe(200);
    const names = ProjectServiceList.parse(await response.json()).items.map((item) => item.name);
    const everyService = await server.db.selectFrom('services').select('name').execute();
    expect(names).toContain('Housing');
    expect(names).toHaveLength(everyService.length);
  });
});
