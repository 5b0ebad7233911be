import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { z } from 'zod';
import { ProjectDetail, ProjectFollowing, ProjectPage, ProjectServiceList } from '../../api/src/contracts/projects.js';
import { buildProject } from '../factories/objectives.js';
import { everyone, expectAnswer, statusFor, tableRows, type StatusByRole } from '../support/authorisation-matrix.js';
import { request } from '../support/http-client.js';
import { CAST_ROLES, objectivesCast, type Cast, type CastRole } from '../support/objectives-cast.js';
import { projectInput, REGISTER_TABLES } from '../support/project-api.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Who may use each endpoint of the digital projects register, for the whole cast: only the
 * digital team changes the register; everyone reads it and follows projects as themselves;
 * only the digital team sees who follows a project. A refused write changes nothing.
 */

let server: TestServer;
let cast: Cast;
let projectId: string;
/** A colleague already on the project, for taking off. */
let memberId: string;
/** Someone to add to the project. */
let newcomerId: string;

const ONLY_DIGITAL = statusFor(['digital']);
const EVERYONE = everyone(200);

interface Case {
  endpoint: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: (role: CastRole) => string;
  body?: (role: CastRole) => unknown;
  schema: z.ZodType;
  expected: StatusByRole;
  /** Who follows the project before the call: everyone in the cast unless told. */
  followers?: 'everyone' | 'nobody';
  /** More checks on a 200. */
  check?: (role: CastRole, json: unknown) => Promise<void> | void;
}

const CASES: Case[] = [
  {
    endpoint: 'GET /api/projects',
    method: 'GET',
    path: () => '/api/projects',
    schema: ProjectPage,
    expected: EVERYONE,
    check: (_role, json) => expect(ProjectPage.parse(json).items.map((item) => item.id)).toContain(projectId),
  },
  {
    endpoint: 'GET /api/projects?following=true (each their own)',
    method: 'GET',
    path: () => '/api/projects?following=true',
    schema: ProjectPage,
    expected: EVERYONE,
    check: async (role, json) => {
      const followed = await server.db.selectFrom('project_followers').select('project_id').where('person_id', '=', cast[role].id).execute();
      expect(ProjectPage.parse(json).items.map((item) => item.id).sort()).toEqual(followed.map((row) => row.project_id).sort());
    },
  },
  {
    endpoint: 'GET /api/projects/services',
    method: 'GET',
    path: () => '/api/projects/services',
    schema: ProjectServiceList,
    expected: EVERYONE,
  },
  {
    endpoint: 'GET /api/projects/:projectId',
    method: 'GET',
    path: () => `/api/projects/${projectId}`,
    schema: ProjectDetail,
    expected: EVERYONE,
    // Everyone sees how many follow; only the digital team sees who.
    check: (role, json) => {
      const detail = ProjectDetail.parse(json);
      expect({ role, followersShown: detail.followers !== null, canCurate: detail.canCurate }).toEqual({
        role,
        followersShown: role === 'digital',
        canCurate: role === 'digital',
      });
    },
  },
  {
    endpoint: 'POST /api/projects',
    method: 'POST',
    path: () => '/api/projects',
    body: (role) => projectInput(cast.headOwn.serviceId!, cast.headOwn.id, { name: `Chatbot for council tax (${role})` }),
    schema: ProjectDetail,
    expected: ONLY_DIGITAL,
  },
  {
    endpoint: 'PATCH /api/projects/:projectId',
    method: 'PATCH',
    path: () => `/api/projects/${projectId}`,
    body: (role) => ({ rag: 'red', summary: `Changed by ${role}` }),
    schema: ProjectDetail,
    expected: ONLY_DIGITAL,
  },
  {
    endpoint: 'PUT /api/projects/:projectId/members/:personId',
    method: 'PUT',
    path: () => `/api/projects/${projectId}/members/${newcomerId}`,
    body: () => ({ role: 'Tester' }),
    schema: ProjectDetail,
    expected: ONLY_DIGITAL,
  },
  {
    endpoint: 'DELETE /api/projects/:projectId/members/:personId',
    method: 'DELETE',
    path: () => `/api/projects/${projectId}/members/${memberId}`,
    schema: ProjectDetail,
    expected: ONLY_DIGITAL,
  },
  {
    endpoint: 'PUT /api/projects/:projectId/follow (as themselves)',
    method: 'PUT',
    path: () => `/api/projects/${projectId}/follow`,
    schema: ProjectFollowing,
    expected: EVERYONE,
    followers: 'nobody',
    check: async (role, json) => {
      expect(ProjectFollowing.parse(json)).toEqual({ projectId, following: true, followerCount: 1 });
      const rows = await server.db.selectFrom('project_followers').select('person_id').where('project_id', '=', projectId).execute();
      expect(rows.map((row) => row.person_id)).toEqual([cast[role].id]);
    },
  },
  {
    endpoint: 'DELETE /api/projects/:projectId/follow (only their own)',
    method: 'DELETE',
    path: () => `/api/projects/${projectId}/follow`,
    schema: ProjectFollowing,
    expected: EVERYONE,
    check: async (role, json) => {
      expect(ProjectFollowing.parse(json).following).toBe(false);
      // Everyone else in the cast still follows: one person's unfollow is theirs alone.
      const others = new Set(CAST_ROLES.filter((other) => cast[other].id !== cast[role].id).map((other) => cast[other].id));
      const rows = await server.db.selectFrom('project_followers').select('person_id').where('project_id', '=', projectId).execute();
      expect(new Set(rows.map((row) => row.person_id))).toEqual(others);
    },
  },
];

beforeAll(async () => {
  server = await startTestServer();
  cast = await objectivesCast(server);
  const people = await server.db
    .selectFrom('people')
    .select('id')
    .where('status', '=', 'active')
    .where('id', 'not in', CAST_ROLES.map((role) => cast[role].id))
    .orderBy('display_name')
    .limit(2)
    .execute();
  [memberId, newcomerId] = people.map((person) => person.id) as [string, string];
});

afterAll(() => server?.close());

/** The same starting point for every call: one project, one member, and its followers. */
async function resetRegister(followers: 'everyone' | 'nobody'): Promise<void> {
  await server.db.deleteFrom('projects').execute();
  projectId = await buildProject(server.db, { name: 'Online housing repairs', serviceId: cast.headOther.serviceId, sponsorPersonId: cast.headOther.id });
  await server.db.insertInto('project_members').values({ project_id: projectId, person_id: memberId, role: 'Business analyst' }).execute();
  if (followers === 'nobody') return;
  const everyone = [...new Set(CAST_ROLES.map((role) => cast[role].id))];
  await server.db.insertInto('project_followers').values(everyone.map((personId) => ({ project_id: projectId, person_id: personId }))).execute();
}

describe.each(CASES)('$endpoint', ({ method, path, body, schema, expected, followers, check }) => {
  beforeEach(() => resetRegister(followers ?? 'everyone'));

  it.each(CAST_ROLES)('answers %s as the table says, and a refusal changes nothing in the register', async (role) => {
    const response = await expectAnswer(role, expected[role], () => request(server.baseUrl, method, path(role), cast[role].headers, body?.(role)), {
      db: server.db,
      tables: REGISTER_TABLES,
    });

    if (expected[role] === 200) {
      const json: unknown = await response.json();
      schema.parse(json);
      await check?.(role, json);
    }
  });

  it('returns 401 to someone not signed in, and changes nothing', async () => {
    const before = await tableRows(server.db, REGISTER_TABLES);
    const response = await request(server.baseUrl, method, path('staff'), {}, body?.('staff'));
    expect(response.status).toBe(401);
    expect(await tableRows(server.db, REGISTER_TABLES)).toEqual(before);
  });
});
