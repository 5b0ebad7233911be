import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { Problem } from '../../api/src/contracts/common.js';
import {
  FrameworkChange,
  FrameworkDocument,
  FrameworkVersion,
  FrameworkVersionList,
  type FrameworkDocument as FrameworkDocumentType,
} from '../../api/src/contracts/skills-framework.js';
import { createFrameworkWriter } from '../../api/src/db/framework-writer.js';
import { DEFAULT_FRAMEWORK } from '../../api/src/domain/audit/default-framework.js';
import { ensureDefaultFramework } from '../../api/src/domain/audit/ensure-default-framework.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, getPath, request } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;

const HR = 'Fiona Campbell';
const STAFF = 'Sam Whitfield';
const DIGITAL = 'Tom Nguyen';
const ADMIN = 'Alex Kowalski';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function get(path: string, who?: string): Promise<Response> {
  return getPath(server.baseUrl, path, who ? await demoSession(server, who) : {});
}

async function post(path: string, who: string, body: unknown): Promise<Response> {
  return request(server.baseUrl, 'POST', path, await demoSession(server, who), body);
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

async function exported(version?: number): Promise<FrameworkDocumentType> {
  const response = await get(`/api/audit/framework/export${version ? `?version=${version}` : ''}`, HR);
  expect(response.status).toBe(200);
  return FrameworkDocument.parse(await response.json());
}

async function current(): Promise<FrameworkVersion> {
  const response = await get('/api/audit/framework', HR);
  expect(response.status).toBe(200);
  return FrameworkVersion.parse(await response.json());
}

async function rowCounts(): Promise<{ versions: number; categories: number; statements: number; audit: number }> {
  const { versions, categories, statements, audit } = await server.db
    .selectNoFrom([
      sql<number>`(select count(*)::int from framework_versions)`.as('versions'),
      sql<number>`(select count(*)::int from framework_categories)`.as('categories'),
      sql<number>`(select count(*)::int from framework_statements)`.as('statements'),
      sql<number>`(select count(*)::int from audit_log where resource = 'skills-framework')`.as('audit'),
    ])
    .executeTakeFirstOrThrow();
  return { versions, categories, statements, audit };
}

function edited(document: FrameworkDocumentType, change: (draft: FrameworkDocumentType) => void): FrameworkDocumentType {
  const draft = structuredClone(document);
  change(draft);
  return draft;
}

/** Runs in order: later blocks build on the versions earlier ones saved. */

describe('a fresh server', () => {
  it('starts with the default framework as version 1, saved by nobody', async () => {
    const framework = await current();
    expect(framework).toMatchObject({ version: 1, createdBy: null, current: true, name: DEFAULT_FRAMEWORK.name });
    expect(await exported()).toEqual(DEFAULT_FRAMEWORK);
  });

  it('contains the Basic Digital Skills tasks exactly in the five basic categories', async () => {
    const framework = await current();
    const basic = framework.categories.filter((category) => category.basic);
    expect(basic.map((category) => category.key)).toEqual(['managing-information', 'communicating', 'transacting', 'problem-solving', 'creating']);
    expect(basic.flatMap((category) => category.statements.map((statement) => statement.text))).toEqual([
      'Use a search engine to look for information online',
      'Download/save a photo you found online',
      'Find a website you have visited before',
      'Send a personal message to another person via email or online messaging service',
      'Carefully make comments and share information online',
      'Buy items or services from a website',
      'Buy and install apps on a device',
      'Solve a problem you have with a device or digital service using online help',
      'Verify sources of information you found online',
      'Complete online application forms which include personal details',
      'Create something new from existing online images, music or video',
    ]);
  });

  it('does not save the default again on a later start', async () => {
    expect(await ensureDefaultFramework(createFrameworkWriter(server.db))).toEqual({ saved: false });
    expect((await rowCounts()).versions).toBe(1);
  });
});

describe('GET /api/audit/framework', () => {
  it('returns 401 to someone not signed in', async () => {
    await expectProblem(await get('/api/audit/framework'), 401);
  });

  it.each([STAFF, DIGITAL, HR])('returns the current version to %s', async (who) => {
    const response = await get('/api/audit/framework', who);
    expect(response.status).toBe(200);
    expect(FrameworkVersion.parse(await response.json()).current).toBe(true);
  });
});

describe('GET /api/audit/framework/versions and /versions/:version', () => {
  it.each([STAFF, DIGITAL, ADMIN])('returns 403 to %s', async (who) => {
    await expectProblem(await get('/api/audit/framework/versions', who), 403);
    await expectProblem(await get('/api/audit/framework/versions/1', who), 403);
  });

  it('lists the versions with their size for HR', async () => {
    const response = await get('/api/audit/framework/versions', HR);
    expect(response.status).toBe(200);
    const { items } = FrameworkVersionList.parse(await response.json());
    const statements = DEFAULT_FRAMEWORK.categories.reduce((sum, category) => sum + category.statements.length, 0);
    expect(items).toEqual([expect.objectContaining({ version: 1, current: true, categories: 8, statements, createdBy: null })]);
  });

  it('returns 404 for a version that does not exist', async () => {
    await expectProblem(await get('/api/audit/framework/versions/99', HR), 404);
  });

  it('returns 400 naming the parameter for a version that is not a number', async () => {
    const problem = await expectProblem(await get('/api/audit/framework/versions/first', HR), 400);
    expect(problem.errors?.[0]?.field).toBe('params.version');
  });
});

describe('GET /api/audit/framework/export', () => {
  it.each([STAFF, DIGITAL])('returns 403 to %s', async (who) => {
    await expectProblem(await get('/api/audit/framework/export', who), 403);
  });

  it('downloads the current version as a JSON attachment and audit-logs the export', async () => {
    const before = (await rowCounts()).audit;
    const response = await get('/api/audit/framework/export', HR);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="skills-framework-v1.json"');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    FrameworkDocument.parse(await response.json());
    expect((await rowCounts()).audit).toBe(before + 1);
  });

  it('returns 404 for a version that does not exist', async () => {
    await expectProblem(await get('/api/audit/framework/export?version=42', HR), 404);
  });
});

describe('POST /api/audit/framework/versions', () => {
  it.each([STAFF, DIGITAL, ADMIN])('returns 403 to %s, even for a dry run', async (who) => {
    await expectProblem(await post('/api/audit/framework/versions?dryRun=true', who, DEFAULT_FRAMEWORK), 403);
    await expectProblem(await post('/api/audit/framework/versions', who, DEFAULT_FRAMEWORK), 403);
  });

  it('saves nothing for the exported document imported unchanged', async () => {
    const document = await exported();
    const before = await rowCounts();
    const response = await post('/api/audit/framework/versions?dryRun=false', HR, document);
    expect(response.status).toBe(200);
    expect(FrameworkChange.parse(await response.json())).toMatchObject({ unchanged: true, version: null, dryRun: false });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers 422 listing every problem with its path, and writes nothing', async () => {
    const before = await rowCounts();
    const document = edited(DEFAULT_FRAMEWORK, (draft) => {
      draft.categories[1]!.statements[0]!.text = '';
      draft.categories[2]!.key = 'foundation';
      draft.categories[7]!.statements[3]!.key = 'teams-chat';
      (draft.categories[0]!.statements[1] as { context: string }).context = 'both';
    });
    const problem = await expectProblem(await post('/api/audit/framework/versions', HR, document), 422);
    expect(problem.code).toBe('validation');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(
      [
        'body.categories[0].statements[1].context',
        'body.categories[1].statements[0].text',
        'body.categories[2].key',
        'body.categories[7].statements[3].key',
      ].sort(),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('answers 422 to a body that is not a framework at all', async () => {
    const problem = await expectProblem(await post('/api/audit/framework/versions', HR, { hello: 'world' }), 422);
    expect(problem.errors?.map((error) => error.field)).toEqual(['body.format', 'body.name', 'body.categories']);
  });

  it('reports what would change on a dry run and writes nothing', async () => {
    const before = await rowCounts();
    const document = edited(DEFAULT_FRAMEWORK, (draft) => {
      draft.categories[1]!.statements[0]!.helpText = 'Type words into Bing or Google to find web pages.';
      draft.categories[0]!.statements.pop();
    });
    const response = await post('/api/audit/framework/versions?dryRun=true', HR, document);
    expect(response.status).toBe(200);
    expect(FrameworkChange.parse(await response.json())).toEqual({
      dryRun: true,
      version: null,
      added: [],
      retired: ['update-and-reset-password'],
      reworded: ['use-search-engine'],
      moved: [],
      categoriesChanged: [],
      renamed: false,
      unchanged: false,
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('saving a new version', () => {
  let version1: FrameworkVersion;
  let version2: FrameworkVersion;

  beforeAll(async () => {
    version1 = await current();
    const document = edited(DEFAULT_FRAMEWORK, (draft) => {
      draft.note = 'Clearer wording for searching; new statement on Copilot';
      draft.categories[1]!.statements[0]!.text = 'Use a search engine, such as Bing, to look for information online';
      draft.categories[7]!.statements.push({
        key: 'use-copilot-chat',
        text: 'Ask Copilot Chat to help draft or summarise a document',
        helpText: 'Copilot Chat is an AI helper in Microsoft 365. Always check what it writes.',
        example: 'Ask Copilot to summarise a long policy document into five points.',
        context: 'work',
      });
      const statements = draft.categories[6]!.statements;
      [statements[0], statements[1]] = [statements[1]!, statements[0]!];
    });
    const before = await rowCounts();
    const response = await post('/api/audit/framework/versions', HR, document);
    expect(response.status).toBe(200);
    expect(FrameworkChange.parse(await response.json())).toMatchObject({
      dryRun: false,
      version: 2,
      added: ['use-copilot-chat'],
      retired: [],
      reworded: ['use-search-engine'],
      moved: ['check-site-is-secure'],
      unchanged: false,
    });
    expect((await rowCounts()).audit).toBe(before.audit + 1);
    version2 = await current();
  });

  it('becomes the current version, saved by the HR person, with their note', () => {
    expect(version2).toMatchObject({ version: 2, current: true, createdBy: HR, note: 'Clearer wording for searching; new statement on Copilot' });
  });

  it('keeps the old version’s statements intact and retrievable, with different ids', async () => {
    const response = await get('/api/audit/framework/versions/1', HR);
    expect(response.status).toBe(200);
    const old = FrameworkVersion.parse(await response.json());
    expect({ ...old, current: true }).toEqual(version1);
    expect(old.current).toBe(false);
    expect(old.categories[1]!.statements[0]!.text).toBe('Use a search engine to look for information online');

    const oldIds = new Set(old.categories.flatMap((category) => [category.id, ...category.statements.map((statement) => statement.id)]));
    const newIds = version2.categories.flatMap((category) => [category.id, ...category.statements.map((statement) => statement.id)]);
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(version2.id).not.toBe(old.id);
  });

  it('writes an audit-log entry naming the version', async () => {
    const entry = await server.db
      .selectFrom('audit_log')
      .select(['action', 'details', 'actor_person_id'])
      .where('resource', '=', 'skills-framework')
      .where('action', '=', 'update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.actor_person_id).toBe(await demoPersonId(server.db, HR));
    expect(entry.details).toMatchObject({ version: 2, added: 1, reworded: 1, moved: 1 });
  });

  it('lists both versions, newest first', async () => {
    const { items } = FrameworkVersionList.parse(await (await get('/api/audit/framework/versions', HR)).json());
    expect(items.map((item) => [item.version, item.current, item.createdBy])).toEqual([
      [2, true, HR],
      [1, false, null],
    ]);
  });

  it('saves nothing when the same document is saved again', async () => {
    const document = await exported();
    const before = await rowCounts();
    const response = await post('/api/audit/framework/versions', HR, document);
    expect(FrameworkChange.parse(await response.json())).toMatchObject({ unchanged: true, version: null });
    expect(await rowCounts()).toEqual(before);
  });

  it('round-trips an earlier version: its export imported again becomes the next version, identical in content', async () => {
    const first = await exported(1);
    expect(first).toEqual(DEFAULT_FRAMEWORK);
    const response = await post('/api/audit/framework/versions', HR, first);
    expect(FrameworkChange.parse(await response.json())).toMatchObject({
      version: 3,
      added: [],
      retired: ['use-copilot-chat'],
      reworded: ['use-search-engine'],
    });
    expect(await exported(3)).toEqual(first);
  });
});
