import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Waiting, type WaitingItem } from '../../api/src/contracts/me.js';
import { buildCampaign } from '../factories/audit.js';
import { buildChampion } from '../factories/champions.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { currentFrameworkVersionId } from '../e2e/audit-support.js';
import { openYearId } from '../factories/service-plans.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/** Home shows each role its own work, counted from what is in the database, each linking to where it is done. */

let server: TestServer;
let champion: string;
let campaignId: string;

async function waitingFor(personId: string): Promise<WaitingItem[]> {
  const response = await fetch(`${server.baseUrl}/api/me/waiting`, { headers: { cookie: await signInAs(server.baseUrl, personId) } });
  expect(response.status).toBe(200);
  return Waiting.parse(await response.json()).items;
}

const byId = (items: WaitingItem[], id: string) => items.find((item) => item.id === id);

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server;
  champion = await buildChampion(db, { displayName: 'Rhiannon Price' });
  await Promise.all([buildChampion(db, { status: 'volunteered' }), buildChampion(db, { status: 'volunteered' })]);
  const requester = await buildPerson(db, { displayName: 'Owen Daly' });
  await db
    .insertInto('help_requests')
    .values([
      { requester_id: requester, category_key: 'communicating', question: 'How do I share my screen?', channel: 'tab', status: 'offered', offered_to: champion },
      { requester_id: requester, category_key: 'creating', question: 'How do I make a poster?', channel: 'bot', status: 'open-to-all' },
      { requester_id: requester, category_key: 'transacting', question: 'How do I pay online?', channel: 'tab', status: 'claimed', claimed_by: champion },
    ])
    .execute();
  await openYearId(db);
  await db.insertInto('how_to_guides').values({ title: 'Join a Teams meeting', body_markdown: 'Open the invitation.', status: 'submitted', author_id: champion }).execute();
  const members = await Promise.all(['Sam Whitfield', 'Gareth Morgan', 'Tom Nguyen', 'Dave Hollis'].map((name) => demoPersonId(db, name)));
  campaignId = await buildCampaign(db, { name: 'Winter skills check', frameworkVersionId: await currentFrameworkVersionId(db), memberIds: members, closesOn: '2099-01-31' });
  await db.insertInto('audit_responses').values({ campaign_id: campaignId, person_id: members[0]!, framework_version_id: await currentFrameworkVersionId(db), status: 'draft' }).execute();
});

afterAll(async () => {
  await server?.close();
});

describe('GET /api/me/waiting, for each role', () => {
  it('shows HR each running campaign’s progress and the volunteers to approve', async () => {
    const items = await waitingFor(await demoPersonId(server.db, 'Fiona Campbell'));
    expect(byId(items, `campaign-${campaignId}`)).toEqual({
      id: `campaign-${campaignId}`,
      title: 'Winter skills check: 0 of 4 submitted (0%)',
      detail: expect.stringContaining('Open until 31 January 2099.'),
      href: `/audit/campaigns/progress?id=${campaignId}`,
    });
    expect(byId(items, 'champion-volunteers')).toMatchObject({ title: '2 people volunteered to be a Digital Champion', href: '/champions', count: 2 });
    expect(byId(items, 'unclaimed-help-requests')).toBeUndefined();
  });

  it('shows the digital team volunteers, requests nobody has taken, and guides to publish', async () => {
    const items = await waitingFor(await demoPersonId(server.db, 'Tom Nguyen'));
    expect(byId(items, 'champion-volunteers')).toMatchObject({ count: 2 });
    expect(byId(items, 'unclaimed-help-requests')).toMatchObject({ title: '2 help requests have no champion yet', href: '/champions/overview', count: 2 });
    expect(byId(items, 'guides-to-publish')).toMatchObject({ title: '1 guide is waiting to be published', href: '/guides', count: 1 });
    expect(items.some((item) => item.id.startsWith('campaign-'))).toBe(false);
  });

  it('shows a champion what their help queue holds for them, and nothing of the programme’s', async () => {
    const items = await waitingFor(champion);
    expect(byId(items, 'help-offered-to-me')).toMatchObject({ title: '1 help request is waiting for your answer', href: '/champions/queue', count: 1 });
    expect(byId(items, 'help-in-progress')).toMatchObject({ title: 'You are helping with 1 help request', href: '/champions/queue', count: 1 });
    expect(items.map((item) => item.id)).not.toEqual(expect.arrayContaining(['champion-volunteers']));
  });

  it('shows the policy team how many services have no digital objective', async () => {
    const items = await waitingFor(await demoPersonId(server.db, 'Marcus Reid'));
    const { count } = await server.db
      .selectFrom('services as s')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('service_plans as p').innerJoin('service_plan_items as i', 'i.plan_id', 'p.id').innerJoin('appraisal_years as y', 'y.id', 'p.year_id').select('i.id').whereRef('p.service_id', '=', 's.id').where('y.status', '=', 'open'))),
      )
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBeGreaterThan(0);
    expect(byId(items, 'services-without-digital-objective')).toMatchObject({ href: '/service-plans/compliance', count: Number(count) });
  });

  it('gives staff with none of these roles none of this work', async () => {
    const ids = (await waitingFor(await demoPersonId(server.db, 'Sam Whitfield'))).map((item) => item.id);
    expect(ids.filter((id) => /^(campaign-|champion-|help-|unclaimed|guides|services-)/.test(id))).toEqual([]);
  });
});
