import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import type { Db } from '../../api/src/db/database.js';
import type { DirectoryUser, Microsoft365 } from '../../api/src/domain/shared/microsoft365.js';
import { createGraphMicrosoft365 } from '../../api/src/m365/graph-microsoft365.js';
import { createAppTokenProvider } from '../../api/src/m365/msal-token-provider.js';
import { createOutboxMicrosoft365 } from '../../api/src/m365/outbox-microsoft365.js';
import { createCapturingLogger } from '../fakes/capturing-logger.js';
import { graphUser } from '../fakes/fake-graph.js';
import { startFakeMicrosoftCloud, type FakeMicrosoftCloud } from '../fakes/fake-microsoft-cloud.js';
import { guardOutboundFetch, type OutboundGuard } from '../fakes/outbound-guard.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TEAMS_APP_ID = '6f1c2a9e-3b7d-4e51-9c0a-5d2e8f4b7a13';
const SITE_ID = 'council.sharepoint.com,3c5e7a91-2b4d-4f68-a0c1-e2d3f4a5b6c7,9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a';
const ORGANISER = 'a0000000-0000-4000-8000-000000000003';
const PUBLIC_URL = 'http://localhost:3978';

let database: TestDatabase;
let db: Db;
let cloud: FakeMicrosoftCloud;
let outbound: OutboundGuard;
let outbox: Microsoft365;
let graph: Microsoft365;

interface OutboxRow {
  action: string;
  method: string;
  path: string;
  body: unknown;
}

async function outboxRows(): Promise<OutboxRow[]> {
  return db.selectFrom('outbox_messages').select(['action', 'method', 'path', 'body']).orderBy('id').execute();
}

/** What the Graph implementation sent to the fake, in the outbox's terms. */
function graphSent(): Array<Omit<OutboxRow, 'action'>> {
  return cloud.graphRequests().map((request) => ({ method: request.method, path: request.url, body: request.body ?? null }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  cloud = await startFakeMicrosoftCloud({
    users: [graphUser({ id: ORGANISER })],
    // The catalog id equals the manifest id here so that the outbox's stand-in matches Graph exactly.
    teamsApps: [{ id: TEAMS_APP_ID, externalId: TEAMS_APP_ID, displayName: 'Digital Culture Hub' }],
    sites: [{ id: SITE_ID, webUrl: 'https://council.sharepoint.com/sites/RootAndBranch' }],
  });
  outbound = guardOutboundFetch([cloud.url]);
  const tokens = createAppTokenProvider(cloud.entraConfig(), cloud.msalOptions());
  graph = createGraphMicrosoft365({
    graphBaseUrl: cloud.url,
    getToken: (requirements) => tokens.getGraphToken(requirements),
    customHosts: new Set([cloud.host]),
    logger: createCapturingLogger(),
  });
  outbox = createOutboxMicrosoft365(db, { publicUrl: PUBLIC_URL });
});

afterAll(async () => {
  outbound.restore();
  await cloud.close();
  await database.destroy();
});

beforeEach(async () => {
  cloud.resetRecording();
  cloud.graph.installedApps.length = 0;
  await db.deleteFrom('outbox_messages').execute();
});

describe('Outbox Microsoft365: recording what Graph would have been sent', () => {
  it('records an activity notification as the very request the Graph implementation sends', async () => {
    const notification = {
      recipients: [ORGANISER],
      activityType: 'projectUpdatePublished',
      previewText: 'New update on Digital Front Door',
      webUrl: 'https://teams.microsoft.com/l/entity/app/updates',
      templateParameters: { projectName: 'Digital Front Door' },
    };

    await outbox.sendActivityNotification('publish Root & Branch update', notification, TEAMS_APP_ID);
    await graph.sendActivityNotification('publish Root & Branch update', notification, TEAMS_APP_ID);

    const rows = await outboxRows();
    expect(rows).toEqual(graphSent().map((sent) => ({ action: 'publish Root & Branch update', ...sent })));
    expect(rows[0]).toMatchObject({ method: 'POST', path: '/v1.0/teamwork/sendActivityNotificationToRecipients' });
  });

  it('records a notification to more than 100 people as one row per Graph request, all or nothing', async () => {
    const recipients = Array.from({ length: 150 }, (_, index) => `d0000000-0000-4000-8000-${String(index).padStart(12, '0')}`);

    await outbox.sendActivityNotification('campaign reminder', { recipients, activityType: 'auditReminder', previewText: 'Your audit', webUrl: 'https://teams.microsoft.com/l/entity/app/audit' }, TEAMS_APP_ID);

    const rows = await outboxRows();
    expect(rows.map((row) => (row.body as { recipients: unknown[] }).recipients.length)).toEqual([100, 50]);
  });

  it('records an online meeting as Graph would create it and answers with a local id and join link', async () => {
    const request = { organizerEntraObjectId: ORGANISER, subject: 'Excel drop-in', start: new Date('2026-03-02T10:00:00Z'), end: new Date('2026-03-02T11:00:00Z') };

    const meeting = await outbox.createOnlineMeeting('champion drop-in', request);
    await graph.createOnlineMeeting('champion drop-in', request);

    expect(await outboxRows()).toEqual(graphSent().map((sent) => ({ action: 'champion drop-in', ...sent })));
    expect(meeting).toEqual({ id: expect.stringMatching(/^outbox-meeting-\d+$/), joinUrl: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/outbox/\\d+$`)) });
  });

  it('records a channel message as Graph would post it and answers with a local id and link', async () => {
    const request = { teamId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', channelId: '19:rootandbranch@thread.tacv2', html: '<p>New on Root &amp; Branch</p>' };

    const posted = await outbox.postChannelMessage('announce update', request);
    await graph.postChannelMessage('announce update', request);

    expect(await outboxRows()).toEqual(graphSent().map((sent) => ({ action: 'announce update', ...sent })));
    expect(posted.webUrl).toMatch(new RegExp(`^${PUBLIC_URL}/outbox/\\d+$`));
  });

  it('records an app installation as the install request, with the Teams app id standing in for the catalog id', async () => {
    await outbox.installAppForUser('campaign invitation', ORGANISER, TEAMS_APP_ID);
    await graph.installAppForUser('campaign invitation', ORGANISER, TEAMS_APP_ID);

    const installs = graphSent().filter((sent) => sent.method === 'POST');
    expect(await outboxRows()).toEqual(installs.map((sent) => ({ action: 'campaign invitation', ...sent })));
  });

  it('records a news post as the page Graph would create and its publication, in one transaction', async () => {
    const post = { siteId: SITE_ID, title: 'Lessons from our chatbot pilot', description: 'What we would do differently', html: '<p>Three things.</p>' };

    const published = await outbox.publishNewsPost('publish Root & Branch update', post);
    await graph.publishNewsPost('publish Root & Branch update', post);

    const [created, publication] = await outboxRows();
    const [graphCreated] = graphSent();
    expect(created).toEqual({ action: 'publish Root & Branch update', ...graphCreated });
    expect(publication).toEqual({
      action: 'publish Root & Branch update',
      method: 'POST',
      path: `/v1.0/sites/${SITE_ID}/pages/${published.id}/microsoft.graph.sitePage/publish`,
      body: null,
    });
    expect(published).toEqual({ id: expect.stringMatching(/^outbox-page-\d+$/), webUrl: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/outbox/\\d+$`)) });
  });

  it('never calls out over the network', async () => {
    const guard = guardOutboundFetch([]);
    try {
      await outbox.postChannelMessage('announce update', { teamId: 't', channelId: 'c', html: '<p>x</p>' });
      await outbox.installAppForUser('campaign invitation', ORGANISER, TEAMS_APP_ID);
      expect(guard.blocked).toEqual([]);
    } finally {
      guard.restore();
    }
    expect(cloud.requests).toEqual([]);
  });
});

describe('Outbox Microsoft365: listDirectoryUsers', () => {
  let ids: Record<'service' | 'site' | 'head' | 'officer' | 'noEntra' | 'leaver', string>;

  beforeAll(async () => {
    const service = await db.insertInto('services').values({ name: 'Revenues and Benefits' }).returning('id').executeTakeFirstOrThrow();
    const site = await db.insertInto('sites').values({ name: 'Town Hall', kind: 'office' }).returning('id').executeTakeFirstOrThrow();
    const person = async (values: { display_name: string; email: string; entra_object_id: string | null; line_manager_id?: string; status?: 'active' | 'leaver' }) =>
      (
        await db
          .insertInto('people')
          .values({
            job_title: 'Officer',
            service_id: service.id,
            site_id: site.id,
            ...values,
            status: values.status ?? 'active',
            left_on: values.status === 'leaver' ? '2026-01-31' : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const head = await person({ display_name: 'Priya Shah', email: 'priya.shah@council.example', entra_object_id: 'a0000000-0000-4000-8000-000000000002' });
    const officer = await person({ display_name: 'Tom Evans', email: 'tom.evans@council.example', entra_object_id: ORGANISER, line_manager_id: head });
    const noEntra = await person({ display_name: 'Demo Newcomer', email: 'demo.newcomer@council.example', entra_object_id: null, line_manager_id: officer });
    const leaver = await person({ display_name: 'Gone Away', email: 'gone.away@council.example', entra_object_id: 'a0000000-0000-4000-8000-000000000009', status: 'leaver' });
    ids = { service: service.id, site: site.id, head, officer, noEntra, leaver };
  });

  afterAll(async () => {
    await db.deleteFrom('people').execute();
  });

  async function listed(from: Microsoft365 = outbox): Promise<DirectoryUser[][]> {
    const pages: DirectoryUser[][] = [];
    for await (const page of from.listDirectoryUsers('directory sync')) pages.push(page);
    return pages;
  }

  it('records the directory read Graph would make', async () => {
    await listed();
    await listed(graph);

    expect(await outboxRows()).toEqual([{ action: 'directory sync', ...graphSent()[0] }]);
  });

  it('yields the active people of the local directory as directory users, with service, site and manager', async () => {
    const users = (await listed()).flat();

    expect(users).toHaveLength(3);
    expect(users).toContainEqual({
      entraObjectId: ORGANISER,
      displayName: 'Tom Evans',
      email: 'tom.evans@council.example',
      jobTitle: 'Officer',
      department: 'Revenues and Benefits',
      officeLocation: 'Town Hall',
      managerEntraObjectId: 'a0000000-0000-4000-8000-000000000002',
      accountEnabled: true,
    });
    expect(users.map((user) => user.displayName)).not.toContain('Gone Away');
  });

  it('lets a person without an Entra identity stand in with their local id, for themselves and as a manager', async () => {
    const users = (await listed()).flat();

    expect(users.find((user) => user.displayName === 'Demo Newcomer')).toMatchObject({ entraObjectId: ids.noEntra, managerEntraObjectId: ORGANISER });
  });

  it('pages a large directory 999 people at a time', async () => {
    await sql`
      insert into people (email, display_name, status)
      select 'bulk.' || n || '@council.example', 'Bulk Person ' || n, 'active' from generate_series(1, 1000) as n
    `.execute(db);
    try {
      const pages = await listed();

      expect(pages.map((page) => page.length)).toEqual([999, 4]);
      expect(new Set(pages.flat().map((user) => user.entraObjectId)).size).toBe(1003);
    } finally {
      await db.deleteFrom('people').where('email', 'like', 'bulk.%').execute();
    }
  });
});
