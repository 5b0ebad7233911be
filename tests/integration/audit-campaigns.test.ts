import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { Campaign, CampaignList, CampaignProgress, PopulationOptions, type CampaignInput } from '../../api/src/contracts/audit-campaigns.js';
import { Problem } from '../../api/src/contracts/common.js';
import { buildCampaignPeople, buildService } from '../factories/campaign-people.js';
import { demoPersonId } from '../factories/people.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * HR's campaign endpoints: only HR may use them; bad input is a 422 naming the field with
 * nothing written; launching fixes the population and queues one invitation each, once.
 */

const TODAY = '2026-11-02';
const clock = { now: () => new Date(`${TODAY}T10:00:00Z`) };

type Who = 'hr' | 'staff' | 'manager' | 'digital' | 'admin';
const PEOPLE: Record<Who, string> = {
  hr: 'Fiona Campbell',
  staff: 'Sam Whitfield',
  manager: 'Gareth Morgan',
  digital: 'Tom Nguyen',
  admin: 'Alex Kowalski',
};
const NOT_HR: Who[] = ['staff', 'manager', 'digital', 'admin'];

let server: TestServer;
const cookies = {} as Record<Who, string>;
let serviceId: string;
let emptyServiceId: string;

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  for (const who of Object.keys(PEOPLE) as Who[]) cookies[who] = await signInAs(server.baseUrl, await demoPersonId(server.db, PEOPLE[who]));
  serviceId = await buildService(server.db);
  await buildCampaignPeople(server.db, serviceId, 3);
  emptyServiceId = await buildService(server.db);
});
afterAll(() => server.close());

function call(who: Who | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = who ? { cookie: cookies[who] } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${server.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

function input(overrides: Partial<CampaignInput> = {}): CampaignInput {
  return {
    name: 'Winter skills audit',
    opensOn: TODAY,
    closesOn: '2026-11-30',
    population: { kind: 'chosen', serviceIds: [serviceId], siteIds: [] },
    reminderDays: [7, 1],
    ...overrides,
  };
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  return Problem.parse(await response.json());
}

async function create(overrides: Partial<CampaignInput> = {}): Promise<Campaign> {
  const response = await call('hr', 'POST', '/api/audit/campaigns', input(overrides));
  expect(response.status).toBe(200);
  return Campaign.parse(await response.json());
}

const countCampaigns = async () =>
  (await server.db.selectFrom('audit_campaigns').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

const messagesOf = (campaignId: string) =>
  server.db.selectFrom('campaign_messages').select(['person_id', 'step', 'status']).where('campaign_id', '=', campaignId).execute();

describe('GET /api/audit/campaigns', () => {
  it('lists every campaign for HR', async () => {
    const created = await create({ name: 'Listed campaign' });

    const response = await call('hr', 'GET', '/api/audit/campaigns');

    expect(response.status).toBe(200);
    const list = CampaignList.parse(await response.json());
    expect(list.items.map((campaign) => campaign.id)).toContain(created.id);
  });

  it('answers 401 without credentials', async () => {
    await expectProblem(await call(null, 'GET', '/api/audit/campaigns'), 401);
  });

  it.each(NOT_HR)('answers 403 to %s', async (who) => {
    await expectProblem(await call(who, 'GET', '/api/audit/campaigns'), 403);
  });
});

describe('POST /api/audit/campaigns', () => {
  it('creates a draft on the current framework, with its population in words', async () => {
    const campaign = await create();

    expect(campaign).toMatchObject({ status: 'draft', open: false, members: 0, launchedAt: null, reminderDays: [7, 1] });
    expect(campaign.populationLabel).toMatch(/^Test service/);
    const current = await server.db.selectFrom('framework_versions').select(sql<number>`max(version)`.as('v')).executeTakeFirstOrThrow();
    expect(campaign.frameworkVersion).toBe(current.v);
  });

  it('answers 422 naming the closing date when it is before the opening date, and writes nothing', async () => {
    const before = await countCampaigns();

    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', input({ closesOn: '2026-11-01' })), 422);

    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'body.closesOn' }));
    expect(await countCampaigns()).toBe(before);
  });

  it('answers 422 naming an opening date in the past', async () => {
    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', input({ opensOn: '2026-10-30' })), 422);

    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'body.opensOn' }));
  });

  it('answers 422 naming each service id the directory does not have', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const population = { kind: 'chosen' as const, serviceIds: [serviceId, unknown], siteIds: [unknown] };

    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', input({ population })), 422);

    expect(problem.errors?.map((error) => error.field)).toEqual(['body.population.serviceIds[1]', 'body.population.siteIds[0]']);
  });

  it('answers 422 naming the population when it chooses no service or site', async () => {
    const population = { kind: 'chosen' as const, serviceIds: [], siteIds: [] };

    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', input({ population })), 422);

    expect(problem.errors).toEqual([expect.objectContaining({ field: 'body.population', message: expect.stringMatching(/at least one/) })]);
  });

  it('answers 422 naming the population when nobody active is in the chosen services', async () => {
    const population = { kind: 'chosen' as const, serviceIds: [emptyServiceId], siteIds: [] };

    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', input({ population })), 422);

    expect(problem.errors).toEqual([expect.objectContaining({ field: 'body.population', message: expect.stringMatching(/nobody/) })]);
  });

  it('answers 422 naming a reminder that would come before the campaign opens', async () => {
    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', input({ closesOn: '2026-11-05', reminderDays: [1, 7] })), 422);

    expect(problem.errors?.map((error) => error.field)).toEqual(['body.reminderDays[1]']);
  });

  it('answers 400 naming a missing field', async () => {
    const { name: _name, ...withoutName } = input();

    const problem = await expectProblem(await call('hr', 'POST', '/api/audit/campaigns', withoutName), 400);

    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'body.name' }));
  });

  it.each(NOT_HR)('answers 403 to %s and writes nothing', async (who) => {
    const before = await countCampaigns();

    await expectProblem(await call(who, 'POST', '/api/audit/campaigns', input()), 403);

    expect(await countCampaigns()).toBe(before);
  });
});

describe('GET /api/audit/population-options', () => {
  it('offers HR every service and site with how many active people each has', async () => {
    const response = await call('hr', 'GET', '/api/audit/population-options');

    expect(response.status).toBe(200);
    const options = PopulationOptions.parse(await response.json());
    expect(options.services).toContainEqual(expect.objectContaining({ id: serviceId, people: 3 }));
    expect(options.services).toContainEqual(expect.objectContaining({ id: emptyServiceId, people: 0 }));
    expect(options.sites.length).toBeGreaterThan(0);
    expect(options.everyone).toBeGreaterThan(400);
  });

  it.each(NOT_HR)('answers 403 to %s', async (who) => {
    await expectProblem(await call(who, 'GET', '/api/audit/population-options'), 403);
  });
});

describe('GET /api/audit/campaigns/:id', () => {
  it('returns one campaign to HR', async () => {
    const created = await create();

    const response = await call('hr', 'GET', `/api/audit/campaigns/${created.id}`);

    expect(Campaign.parse(await response.json())).toEqual(created);
  });

  it('answers 404 for a campaign that does not exist, and 400 for an id that is not one', async () => {
    await expectProblem(await call('hr', 'GET', '/api/audit/campaigns/00000000-0000-4000-8000-000000000000'), 404);
    await expectProblem(await call('hr', 'GET', '/api/audit/campaigns/not-an-id'), 400);
  });

  it.each(NOT_HR)('answers 403 to %s', async (who) => {
    const created = await create();
    await expectProblem(await call(who, 'GET', `/api/audit/campaigns/${created.id}`), 403);
  });
});

describe('POST /api/audit/campaigns/:id/launch', () => {
  it('fixes the members and queues one invitation for each of them', async () => {
    const created = await create();

    const response = await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`);

    expect(response.status).toBe(200);
    const launched = Campaign.parse(await response.json());
    expect(launched).toMatchObject({ status: 'launched', open: true, members: 3 });
    expect(launched.launchedAt).not.toBeNull();
    const messages = await messagesOf(created.id);
    expect(messages).toHaveLength(3);
    expect(new Set(messages.map((message) => message.step))).toEqual(new Set(['invitation']));
  });

  it('answers 409 to a second launch, and queues nothing more', async () => {
    const created = await create();
    await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`);

    await expectProblem(await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`), 409);

    expect(await messagesOf(created.id)).toHaveLength(3);
  });

  it('launches once when two launches arrive together', async () => {
    const created = await create();

    const statuses = await Promise.all([1, 2].map(async () => (await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`)).status));

    expect(statuses.sort()).toEqual([200, 409]);
    expect(await messagesOf(created.id)).toHaveLength(3);
  });

  it('answers 404 for a campaign that does not exist', async () => {
    await expectProblem(await call('hr', 'POST', '/api/audit/campaigns/00000000-0000-4000-8000-000000000000/launch'), 404);
  });

  it.each(NOT_HR)('answers 403 to %s and launches nothing', async (who) => {
    const created = await create();

    await expectProblem(await call(who, 'POST', `/api/audit/campaigns/${created.id}/launch`), 403);

    expect(await messagesOf(created.id)).toEqual([]);
  });
});

describe('POST /api/audit/campaigns/:id/close', () => {
  it('closes a launched campaign early and skips the messages not yet sent', async () => {
    const created = await create();
    await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`);

    const response = await call('hr', 'POST', `/api/audit/campaigns/${created.id}/close`);

    expect(response.status).toBe(200);
    expect(Campaign.parse(await response.json())).toMatchObject({ status: 'closed', open: false });
    const messages = await messagesOf(created.id);
    expect(messages.filter((message) => message.status === 'pending')).toEqual([]);
  });

  it('answers 409 to closing a draft or a campaign already closed', async () => {
    const draft = await create();
    await expectProblem(await call('hr', 'POST', `/api/audit/campaigns/${draft.id}/close`), 409);

    await call('hr', 'POST', `/api/audit/campaigns/${draft.id}/launch`);
    await call('hr', 'POST', `/api/audit/campaigns/${draft.id}/close`);
    await expectProblem(await call('hr', 'POST', `/api/audit/campaigns/${draft.id}/close`), 409);
  });

  it.each(NOT_HR)('answers 403 to %s', async (who) => {
    const created = await create();
    await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`);

    await expectProblem(await call(who, 'POST', `/api/audit/campaigns/${created.id}/close`), 403);

    expect((await call('hr', 'GET', `/api/audit/campaigns/${created.id}`)).status).toBe(200);
  });
});

describe('GET /api/audit/campaigns/:id/progress', () => {
  it('shows HR each step with its counts and due date, and the sending rate', async () => {
    const created = await create();
    await call('hr', 'POST', `/api/audit/campaigns/${created.id}/launch`);

    const response = await call('hr', 'GET', `/api/audit/campaigns/${created.id}/progress`);

    expect(response.status).toBe(200);
    const progress = CampaignProgress.parse(await response.json());
    expect(progress.steps.map((step) => [step.step, step.dueOn])).toEqual([
      ['invitation', TODAY],
      ['reminder-7', '2026-11-23'],
      ['reminder-1', '2026-11-29'],
    ]);
    const invitation = progress.steps[0]!.counts;
    expect(invitation.pending + invitation.sent + invitation.failed + invitation.unreachable).toBe(3);
    expect(progress.ratePerSecond).toBe(50);
  });

  it('answers 404 for a campaign that does not exist', async () => {
    await expectProblem(await call('hr', 'GET', '/api/audit/campaigns/00000000-0000-4000-8000-000000000000/progress'), 404);
  });

  it.each(NOT_HR)('answers 403 to %s', async (who) => {
    const created = await create();
    await expectProblem(await call(who, 'GET', `/api/audit/campaigns/${created.id}/progress`), 403);
  });
});
