import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { Problem } from '../../api/src/contracts/common.js';
import { Guide, GuideList, GuidePage, GuidePreview, type GuideInput } from '../../api/src/contracts/guides.js';
import { buildChampion } from '../factories/champions.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, request } from '../support/http-client.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let otherChampionCookie: { cookie: string };

const AUTHOR = 'Priya Chauhan';
const DIGITAL = 'Tom Nguyen';
const STAFF = 'Sam Whitfield';
const HR = 'Fiona Campbell';
const OTHER_CHAMPION = 'another champion';
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startTestServer();
  await buildChampion(server.db, { personId: await demoPersonId(server.db, AUTHOR) });
  const other = await buildChampion(server.db, { displayName: 'Olu Mensah (test)' });
  otherChampionCookie = { cookie: await signInAs(server.baseUrl, other) };
});
afterAll(() => server.close());

async function call(method: string, path: string, who?: string, body?: unknown): Promise<Response> {
  const headers = who === OTHER_CHAMPION ? otherChampionCookie : who ? await demoSession(server, who) : {};
  return request(server.baseUrl, method, path, headers, body);
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return Problem.parse(await response.json());
}

async function expectGuide(response: Response): Promise<Guide> {
  expect(response.status).toBe(200);
  return Guide.parse(await response.json());
}

let counter = 0;
function input(overrides: Partial<GuideInput> = {}): GuideInput {
  counter += 1;
  return {
    title: `Share a file from OneDrive ${counter}`,
    summary: 'Send a link instead of an attachment, so everyone works on the same copy.',
    bodyMarkdown: '# Before you start\n\nOpen **OneDrive** in Teams.\n\n1. Find the file\n2. Choose *Share*',
    categoryKeys: [],
    statementKeys: ['onedrive-sharepoint-files'],
    ...overrides,
  };
}

async function draft(who = AUTHOR, overrides: Partial<GuideInput> = {}): Promise<Guide> {
  return expectGuide(await call('POST', '/api/guides', who, input(overrides)));
}

async function submitted(overrides: Partial<GuideInput> = {}): Promise<Guide> {
  const guide = await draft(AUTHOR, overrides);
  return expectGuide(await call('POST', `/api/guides/${guide.id}/submit`, AUTHOR));
}

async function published(overrides: Partial<GuideInput> = {}): Promise<Guide> {
  const guide = await submitted(overrides);
  return expectGuide(await call('POST', `/api/guides/${guide.id}/publish`, DIGITAL));
}

const countGuides = async () => (await server.db.selectFrom('how_to_guides').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

describe('POST /api/guides', () => {
  it('returns 401 to someone not signed in', async () => {
    await expectProblem(await call('POST', '/api/guides', undefined, input()), 401);
  });

  it.each([STAFF, HR])('returns 403 to %s, who is not a champion, and writes nothing', async (who) => {
    const before = await countGuides();
    await expectProblem(await call('POST', '/api/guides', who, input()), 403);
    expect(await countGuides()).toBe(before);
  });

  it('lets a champion start a draft, rendered safely with the guide’s # as an h2', async () => {
    const guide = await draft(AUTHOR, { bodyMarkdown: '# Steps\n\n<script>alert(1)</script> and [x](javascript:alert(1))' });
    expect(guide).toMatchObject({ status: 'draft', author: { displayName: AUTHOR }, publishedAt: null, publishedBy: null });
    expect(guide.actions).toEqual({ edit: true, submit: true, publish: false, return: false, archive: false });
    expect(guide.bodyHtml).toContain('<h2>Steps</h2>');
    expect(guide.bodyHtml).not.toMatch(/<script|javascript:/i);
  });

  it('lets the digital team start a draft', async () => {
    expect((await draft(DIGITAL)).author?.displayName).toBe(DIGITAL);
  });

  it('answers 422 naming each field that is wrong, and writes nothing', async () => {
    const before = await countGuides();
    const problem = await expectProblem(
      await call('POST', '/api/guides', AUTHOR, input({ title: 'x', summary: 's'.repeat(301), bodyMarkdown: 'short' })),
      422,
    );
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['body.bodyMarkdown', 'body.summary', 'body.title']);
    const tooLong = await expectProblem(await call('POST', '/api/guides', AUTHOR, input({ title: 't'.repeat(121), bodyMarkdown: 'b'.repeat(20_001) })), 422);
    expect(tooLong.errors?.map((error) => error.field).sort()).toEqual(['body.bodyMarkdown', 'body.title']);
    expect(await countGuides()).toBe(before);
  });

  it('answers 422 naming a skill that is not in the current framework', async () => {
    const problem = await expectProblem(
      await call('POST', '/api/guides', AUTHOR, input({ categoryKeys: ['time-travel'], statementKeys: ['excel-basics', 'use-fax-machine'] })),
      422,
    );
    expect(problem.errors).toEqual([
      { field: 'body.categoryKeys[0]', message: '"time-travel" is not a category in the current framework' },
      { field: 'body.statementKeys[1]', message: '"use-fax-machine" is not a statement in the current framework' },
    ]);
  });
});

describe('GET /api/guides/:id', () => {
  it('shows a draft to its author and the digital team, and to nobody else (404)', async () => {
    const guide = await draft();
    await expectGuide(await call('GET', `/api/guides/${guide.id}`, AUTHOR));
    expect((await expectGuide(await call('GET', `/api/guides/${guide.id}`, DIGITAL))).actions.publish).toBe(true);
    await expectProblem(await call('GET', `/api/guides/${guide.id}`, STAFF), 404);
    await expectProblem(await call('GET', `/api/guides/${guide.id}`, OTHER_CHAMPION), 404);
  });

  it('shows a published guide to anyone signed in, who may do nothing with it', async () => {
    const guide = await published();
    const read = await expectGuide(await call('GET', `/api/guides/${guide.id}`, STAFF));
    expect(read.actions).toEqual({ edit: false, submit: false, publish: false, return: false, archive: false });
  });

  it('returns 404 for a guide that does not exist and 400 for an id that is not one', async () => {
    await expectProblem(await call('GET', `/api/guides/${MISSING}`, DIGITAL), 404);
    const problem = await expectProblem(await call('GET', '/api/guides/not-an-id', DIGITAL), 400);
    expect(problem.errors?.[0]?.field).toBe('params.id');
  });
});

describe('PUT /api/guides/:id', () => {
  it('lets the author change a draft and a submitted guide', async () => {
    const guide = await draft();
    const changed = input({ title: 'Changed by the author', categoryKeys: ['digital-at-work'], statementKeys: [] });
    expect(await expectGuide(await call('PUT', `/api/guides/${guide.id}`, AUTHOR, changed))).toMatchObject({ ...changed, status: 'draft' });
    await call('POST', `/api/guides/${guide.id}/submit`, AUTHOR);
    expect((await expectGuide(await call('PUT', `/api/guides/${guide.id}`, AUTHOR, input({ title: 'Changed again' })))).status).toBe('submitted');
  });

  it('returns 404 to a champion who is not the author, and 403 to staff reading a published guide', async () => {
    await expectProblem(await call('PUT', `/api/guides/${(await draft()).id}`, OTHER_CHAMPION, input()), 404);
    await expectProblem(await call('PUT', `/api/guides/${(await published()).id}`, STAFF, input()), 403);
  });

  it('returns 409 to the author once the guide is published; the digital team can still change it', async () => {
    const guide = await published();
    const problem = await expectProblem(await call('PUT', `/api/guides/${guide.id}`, AUTHOR, input()), 409);
    expect(problem.detail).toMatch(/already published/);
    const fixed = await expectGuide(await call('PUT', `/api/guides/${guide.id}`, DIGITAL, input({ title: 'Fixed a typo' })));
    expect(fixed).toMatchObject({ title: 'Fixed a typo', status: 'published', author: { displayName: AUTHOR } });
  });

  it('answers 422 naming the field, and changes nothing', async () => {
    const guide = await draft();
    const problem = await expectProblem(await call('PUT', `/api/guides/${guide.id}`, AUTHOR, { ...input(), title: '' }), 422);
    expect(problem.errors?.map((error) => error.field)).toEqual(['body.title']);
    expect((await expectGuide(await call('GET', `/api/guides/${guide.id}`, AUTHOR))).title).toBe(guide.title);
  });
});

describe('POST /api/guides/:id/submit', () => {
  it('moves the author’s draft to waiting, once', async () => {
    const guide = await draft();
    const moved = await expectGuide(await call('POST', `/api/guides/${guide.id}/submit`, AUTHOR));
    expect(moved).toMatchObject({ status: 'submitted', actions: { submit: false, edit: true } });
    const problem = await expectProblem(await call('POST', `/api/guides/${guide.id}/submit`, AUTHOR), 409);
    expect(problem.detail).toMatch(/already waiting to be published/);
  });

  it('returns 403 to the digital team for someone else’s draft and 404 to another champion', async () => {
    const guide = await draft();
    await expectProblem(await call('POST', `/api/guides/${guide.id}/submit`, DIGITAL), 403);
    await expectProblem(await call('POST', `/api/guides/${guide.id}/submit`, OTHER_CHAMPION), 404);
  });
});

describe('POST /api/guides/:id/publish', () => {
  it.each([AUTHOR, STAFF, OTHER_CHAMPION])('returns 403 to %s', async (who) => {
    const guide = await submitted();
    await expectProblem(await call('POST', `/api/guides/${guide.id}/publish`, who), 403);
  });

  it('publishes a submitted guide, recording who and when, and only once', async () => {
    const guide = await submitted();
    const done = await expectGuide(await call('POST', `/api/guides/${guide.id}/publish`, DIGITAL));
    expect(done).toMatchObject({ status: 'published', publishedBy: { displayName: DIGITAL } });
    expect(Date.now() - Date.parse(done.publishedAt!)).toBeLessThan(60_000);
    await expectProblem(await call('POST', `/api/guides/${guide.id}/publish`, DIGITAL), 409);
  });

  it('lets the digital team publish a draft straight away, but not an archived guide', async () => {
    const guide = await draft(DIGITAL);
    expect((await expectGuide(await call('POST', `/api/guides/${guide.id}/publish`, DIGITAL))).status).toBe('published');
    await expectGuide(await call('POST', `/api/guides/${guide.id}/archive`, DIGITAL));
    const problem = await expectProblem(await call('POST', `/api/guides/${guide.id}/publish`, DIGITAL), 409);
    expect(problem.detail).toMatch(/has been archived/);
  });

  it('lets exactly one of two people publishing at once succeed', async () => {
    const guide = await submitted();
    const sessions = [await demoSession(server, DIGITAL), { cookie: await signInAs(server.baseUrl, await demoPersonId(server.db, 'Lucy Brennan')) }];
    const answers = await Promise.all(sessions.map((headers) => request(server.baseUrl, 'POST', `/api/guides/${guide.id}/publish`, headers)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });
});

describe('POST /api/guides/:id/return', () => {
  it('sends a submitted guide back to its author with a note, cleared when it is submitted again', async () => {
    const guide = await submitted();
    const back = await expectGuide(await call('POST', `/api/guides/${guide.id}/return`, DIGITAL, { comment: 'Add a step about permissions.' }));
    expect(back).toMatchObject({ status: 'draft', reviewNote: 'Add a step about permissions.' });
    expect((await expectGuide(await call('GET', `/api/guides/${guide.id}`, AUTHOR))).reviewNote).toBe('Add a step about permissions.');
    expect((await expectGuide(await call('POST', `/api/guides/${guide.id}/submit`, AUTHOR))).reviewNote).toBeNull();
  });

  it('returns 409 for a draft, 403 to a champion, and 400 naming a missing comment', async () => {
    const guide = await draft();
    await expectProblem(await call('POST', `/api/guides/${guide.id}/return`, DIGITAL, { comment: 'Not yet.' }), 409);
    await expectProblem(await call('POST', `/api/guides/${guide.id}/return`, AUTHOR, { comment: 'Not yet.' }), 403);
    const problem = await expectProblem(await call('POST', `/api/guides/${guide.id}/return`, DIGITAL, {}), 400);
    expect(problem.errors?.[0]?.field).toBe('body.comment');
  });
});

describe('POST /api/guides/:id/archive', () => {
  it('takes a published guide away from everyone but the digital team, once', async () => {
    const guide = await published({ title: 'Soon archived guide' });
    await expectProblem(await call('POST', `/api/guides/${guide.id}/archive`, AUTHOR), 403);
    expect((await expectGuide(await call('POST', `/api/guides/${guide.id}/archive`, DIGITAL))).status).toBe('archived');
    await expectProblem(await call('GET', `/api/guides/${guide.id}`, STAFF), 404);
    await expectProblem(await call('POST', `/api/guides/${guide.id}/archive`, DIGITAL), 409);
    const page = GuidePage.parse(await (await call('GET', '/api/guides?q=Soon%20archived%20guide', STAFF)).json());
    expect(page.items).toEqual([]);
  });
});

describe('GET /api/guides', () => {
  let spreadsheet: Guide;
  let phishing: Guide;
  beforeAll(async () => {
    spreadsheet = await published({ title: 'Freeze the top row in Excel', statementKeys: ['excel-basics'], categoryKeys: [] });
    phishing = await published({ title: 'Spot a phishing email', statementKeys: [], categoryKeys: ['safe-and-legal'], bodyMarkdown: 'Check the sender’s address first.' });
    await draft(AUTHOR, { title: 'Freeze panes draft', statementKeys: ['excel-basics'] });
  });

  it('returns 401 to someone not signed in', async () => {
    await expectProblem(await call('GET', '/api/guides'), 401);
  });

  it('finds published guides by words in the title or body, never drafts', async () => {
    const byTitle = GuidePage.parse(await (await call('GET', '/api/guides?q=freeze', STAFF)).json());
    expect(byTitle.items.map((item) => item.id)).toEqual([spreadsheet.id]);
    const byBody = GuidePage.parse(await (await call('GET', `/api/guides?q=${encodeURIComponent('sender’s address')}`, STAFF)).json());
    expect(byBody.items.map((item) => item.id)).toEqual([phishing.id]);
  });

  it('finds a guide for one task under its category, and a whole-category guide under each task', async () => {
    const category = GuidePage.parse(await (await call('GET', '/api/guides?categoryKey=digital-at-work&limit=100', STAFF)).json());
    expect(category.items.map((item) => item.id)).toContain(spreadsheet.id);
    expect(category.items.every((item) => item.status === 'published')).toBe(true);
    const task = GuidePage.parse(await (await call('GET', '/api/guides?statementKey=spot-scams-and-suspicious-links', STAFF)).json());
    expect(task.items.map((item) => item.id)).toEqual([phishing.id]);
  });

  it('pages through the results with a total', async () => {
    const first = GuidePage.parse(await (await call('GET', '/api/guides?limit=1', STAFF)).json());
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThan(1);
  });
});

describe('GET /api/guides/mine and /api/guides/waiting', () => {
  it('lists everything the author wrote, whatever its status, and nothing for others', async () => {
    const mine = GuideList.parse(await (await call('GET', '/api/guides/mine', AUTHOR)).json());
    expect(new Set(mine.items.map((item) => item.status))).toEqual(new Set(['draft', 'submitted', 'published', 'archived']));
    expect(mine.items.every((item) => item.author?.displayName === AUTHOR)).toBe(true);
    expect(GuideList.parse(await (await call('GET', '/api/guides/mine', STAFF)).json()).items).toEqual([]);
  });

  it('shows the digital team what waits to be published, and nobody else', async () => {
    const guide = await submitted({ title: 'Waiting in the queue' });
    const waiting = GuideList.parse(await (await call('GET', '/api/guides/waiting', DIGITAL)).json());
    expect(waiting.items.map((item) => item.id)).toContain(guide.id);
    expect(waiting.items.every((item) => item.status === 'submitted')).toBe(true);
    await expectProblem(await call('GET', '/api/guides/waiting', AUTHOR), 403);
  });
});

describe('GET /api/guides/for-skills', () => {
  it('finds published guides for the statements and categories asked about', async () => {
    const excel = await published({ title: 'Sort a list in Excel', statementKeys: ['excel-basics'] });
    await draft(AUTHOR, { title: 'Unpublished Excel tips', statementKeys: ['excel-basics'] });
    const found = GuideList.parse(await (await call('GET', '/api/guides/for-skills?statementKeys=excel-basics,teams-chat', STAFF)).json());
    expect(found.items.map((item) => item.id)).toContain(excel.id);
    expect(found.items.every((item) => item.status === 'published')).toBe(true);
    const byCategory = GuideList.parse(await (await call('GET', '/api/guides/for-skills?categoryKeys=digital-at-work', STAFF)).json());
    expect(byCategory.items.map((item) => item.id)).toContain(excel.id);
    expect(GuideList.parse(await (await call('GET', '/api/guides/for-skills', STAFF)).json()).items).toEqual([]);
  });
});

describe('POST /api/guides/preview', () => {
  it('renders Markdown as the published guide will be, with no markup from the author', async () => {
    const response = await call('POST', '/api/guides/preview', AUTHOR, { bodyMarkdown: '## Step\n\n<iframe src="https://example.org"></iframe>' });
    const { bodyHtml } = GuidePreview.parse(await response.json());
    expect(bodyHtml).toContain('<h3>Step</h3>');
    expect(bodyHtml).not.toContain('<iframe');
  });
});
