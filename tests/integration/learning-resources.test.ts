import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { Problem } from '../../api/src/contracts/common.js';
import { LearningResource, LearningResourcePage, type LearningResourceInput } from '../../api/src/contracts/learning-resources.js';
import { createLearningResourceRepository } from '../../api/src/db/learning-resource-repository.js';
import { DEFAULT_LEARNING_RESOURCES } from '../../api/src/domain/audit/default-learning-resources.js';
import { seedDefaultLearningResources } from '../../api/src/domain/audit/learning-resources.js';
import { demoSession, request } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;

const HR = 'Fiona Campbell';
const STAFF = 'Sam Whitfield';
const DIGITAL = 'Tom Nguyen';
const ADMIN = 'Alex Kowalski';
const MANAGER = 'Gareth Morgan';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function call(method: string, path: string, who?: string, body?: unknown): Promise<Response> {
  return request(server.baseUrl, method, path, who ? await demoSession(server, who) : {}, body);
}

async function list(query: string, who = STAFF): Promise<LearningResourcePage> {
  const response = await call('GET', `/api/learning-resources${query}`, who);
  expect(response.status).toBe(200);
  return LearningResourcePage.parse(await response.json());
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

const countResources = async () =>
  (await server.db.selectFrom('learning_resources').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

function input(overrides: Partial<LearningResourceInput> = {}): LearningResourceInput {
  return {
    title: 'Sharing files safely with residents',
    kind: 'guide',
    description: 'When to share a link and when to send a copy, and how to set an expiry date.',
    url: 'https://intranet.example.gov.uk/guides/sharing-files',
    provider: 'Digital team',
    durationMinutes: 10,
    statementKeys: ['onedrive-sharepoint-files'],
    categoryKeys: [],
    ...overrides,
  };
}

describe('the seeded library', () => {
  it('holds the default resources on a fresh server', async () => {
    expect(await countResources()).toBe(DEFAULT_LEARNING_RESOURCES.length);
    expect(DEFAULT_LEARNING_RESOURCES.length).toBeGreaterThanOrEqual(28);
  });

  it('is not added again once the digital team has emptied it', async () => {
    const ids = (await server.db.selectFrom('learning_resources').select('id').execute()).map((row) => row.id);
    await server.db.deleteFrom('learning_resources').execute();
    expect(await seedDefaultLearningResources(createLearningResourceRepository(server.db))).toEqual({ seeded: false });
    expect(await countResources()).toBe(0);
    // Put the library back for the tests that follow.
    await server.db.deleteFrom('settings').where('key', '=', 'learning-resources-seeded').execute();
    expect(await seedDefaultLearningResources(createLearningResourceRepository(server.db))).toEqual({ seeded: true });
    expect(await countResources()).toBe(ids.length);
  });
});

describe('GET /api/learning-resources', () => {
  it('returns 401 to someone not signed in', async () => {
    await expectProblem(await call('GET', '/api/learning-resources'), 401);
  });

  it('lists resources by title for anyone signed in, a page at a time', async () => {
    const page = await list('?limit=5');
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(DEFAULT_LEARNING_RESOURCES.length);
    const titles = page.items.map((item) => item.title);
    expect([...titles].sort((a, b) => (a < b ? -1 : 1))).toEqual(titles);
  });

  it('finds resources by words in the title, description or provider', async () => {
    const { items } = await list('?q=teams');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => `${item.title} ${item.description} ${item.provider ?? ''}`.toLowerCase().includes('teams'))).toBe(true);
    const byProvider = await list('?q=Cyber%20Security%20Centre');
    expect(byProvider.items.length).toBeGreaterThan(0);
    expect(byProvider.items.every((item) => item.provider === 'National Cyber Security Centre')).toBe(true);
    expect((await list('?q=100%25')).items).toEqual([]);
  });

  it('filters by statement key and by category key', async () => {
    const { items } = await list('?statementKey=excel-basics');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.statementKeys.includes('excel-basics'))).toBe(true);
    const byCategory = await list('?categoryKey=safe-and-legal');
    expect(byCategory.items.every((item) => item.categoryKeys.includes('safe-and-legal'))).toBe(true);
    expect(byCategory.items.length).toBeGreaterThan(0);
  });
});

describe('POST /api/learning-resources', () => {
  it.each([STAFF, MANAGER, ADMIN])('returns 403 to %s and writes nothing', async (who) => {
    const before = await countResources();
    await expectProblem(await call('POST', '/api/learning-resources', who, input()), 403);
    expect(await countResources()).toBe(before);
  });

  it.each([DIGITAL, HR])('lets %s add a resource', async (who) => {
    const response = await call('POST', '/api/learning-resources', who, input({ title: `Added by ${who}` }));
    expect(response.status).toBe(200);
    const created = LearningResource.parse(await response.json());
    expect(created).toMatchObject({ title: `Added by ${who}`, archived: false, statementKeys: ['onedrive-sharepoint-files'] });
    expect((await list(`?q=${encodeURIComponent(`Added by ${who}`)}`)).items.map((item) => item.id)).toEqual([created.id]);
  });

  it('answers 422 naming each field that is wrong, and writes nothing', async () => {
    const before = await countResources();
    const problem = await expectProblem(
      await call('POST', '/api/learning-resources', DIGITAL, { ...input({ title: 'x', url: 'ftp://example.org/file' }), kind: 'podcast' }),
      422,
    );
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['body.kind', 'body.title', 'body.url']);
    expect(await countResources()).toBe(before);
  });

  it('answers 422 naming a key that is not in the current framework', async () => {
    const problem = await expectProblem(
      await call('POST', '/api/learning-resources', DIGITAL, input({ statementKeys: ['excel-basics', 'use-fax-machine'], categoryKeys: ['time-travel'] })),
      422,
    );
    expect(problem.errors).toEqual([
      { field: 'body.statementKeys[1]', message: '"use-fax-machine" is not a statement in the current framework' },
      { field: 'body.categoryKeys[0]', message: '"time-travel" is not a category in the current framework' },
    ]);
  });

  it('says a missing field is required', async () => {
    const { title: _title, ...withoutTitle } = input();
    const problem = await expectProblem(await call('POST', '/api/learning-resources', DIGITAL, withoutTitle), 422);
    expect(problem.errors).toEqual([{ field: 'body.title', message: 'is required' }]);
  });
});

describe('PUT /api/learning-resources/:id', () => {
  let id: string;
  beforeAll(async () => {
    id = LearningResource.parse(await (await call('POST', '/api/learning-resources', DIGITAL, input({ title: 'To be changed' }))).json()).id;
  });

  it('returns 403 to staff', async () => {
    await expectProblem(await call('PUT', `/api/learning-resources/${id}`, STAFF, input()), 403);
  });

  it('changes every field for the digital team', async () => {
    const changed = input({ title: 'Changed', kind: 'video', url: null, provider: null, durationMinutes: null, statementKeys: [], categoryKeys: ['creating'] });
    const response = await call('PUT', `/api/learning-resources/${id}`, DIGITAL, changed);
    expect(response.status).toBe(200);
    expect(LearningResource.parse(await response.json())).toMatchObject({ ...changed, id });
  });

  it('returns 404 for a resource that does not exist', async () => {
    await expectProblem(await call('PUT', '/api/learning-resources/00000000-0000-4000-8000-000000000000', DIGITAL, input()), 404);
  });

  it('returns 422 for bad content', async () => {
    const problem = await expectProblem(await call('PUT', `/api/learning-resources/${id}`, HR, input({ durationMinutes: -5 })), 422);
    expect(problem.errors?.[0]?.field).toBe('body.durationMinutes');
  });
});

describe('POST /api/learning-resources/:id/archive and /restore', () => {
  let id: string;
  beforeAll(async () => {
    id = LearningResource.parse(await (await call('POST', '/api/learning-resources', DIGITAL, input({ title: 'Soon archived' }))).json()).id;
  });

  it('returns 403 to staff', async () => {
    await expectProblem(await call('POST', `/api/learning-resources/${id}/archive`, STAFF), 403);
    await expectProblem(await call('POST', `/api/learning-resources/${id}/restore`, STAFF), 403);
  });

  it('hides an archived resource from everyone, and shows it to editors who ask for it', async () => {
    const response = await call('POST', `/api/learning-resources/${id}/archive`, DIGITAL);
    expect(LearningResource.parse(await response.json()).archived).toBe(true);
    expect((await list('?q=Soon%20archived')).items).toEqual([]);
    expect((await list('?q=Soon%20archived&includeArchived=true', STAFF)).items).toEqual([]);
    expect((await list('?q=Soon%20archived&includeArchived=true', DIGITAL)).items.map((item) => item.id)).toEqual([id]);
  });

  it('offers a restored resource again', async () => {
    const response = await call('POST', `/api/learning-resources/${id}/restore`, HR);
    expect(LearningResource.parse(await response.json()).archived).toBe(false);
    expect((await list('?q=Soon%20archived')).items.map((item) => item.id)).toEqual([id]);
  });

  it('returns 404 for a resource that does not exist', async () => {
    await expectProblem(await call('POST', '/api/learning-resources/00000000-0000-4000-8000-000000000000/archive', DIGITAL), 404);
  });
});

describe('resources for a learning plan', () => {
  it('finds resources linked to any of the given statements or categories, leaving out archived ones', async () => {
    const resources = createLearningResourceRepository(server.db);
    const found = await resources.forKeys({ statementKeys: ['excel-basics'], categoryKeys: ['foundation'] });
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((item) => item.statementKeys.includes('excel-basics') || item.categoryKeys.includes('foundation'))).toBe(true);
    expect(await resources.forKeys({ statementKeys: [], categoryKeys: [] })).toEqual([]);
  });
});
