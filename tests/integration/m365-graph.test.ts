import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DirectoryUser, Microsoft365 } from '../../api/src/domain/shared/microsoft365.js';
import { createGraphMicrosoft365, type GraphMicrosoft365Options } from '../../api/src/m365/graph-microsoft365.js';
import { GraphRequestError } from '../../api/src/m365/graph-request-error.js';
import { createAppTokenProvider } from '../../api/src/m365/msal-token-provider.js';
import { createCapturingLogger, type CapturingLogger } from '../fakes/capturing-logger.js';
import { graphUser } from '../fakes/fake-graph.js';
import { startFakeMicrosoftCloud, type FakeMicrosoftCloud } from '../fakes/fake-microsoft-cloud.js';
import type { RecordedRequest } from '../fakes/fake-http.js';
import { guardOutboundFetch, type OutboundGuard } from '../fakes/outbound-guard.js';

const TEAMS_APP_ID = '6f1c2a9e-3b7d-4e51-9c0a-5d2e8f4b7a13';
const CATALOG_APP_ID = 'b4f0c3d2-7e61-4a95-8c2b-1d0e9f8a7b65';
const SITE_ID = 'council.sharepoint.com,3c5e7a91-2b4d-4f68-a0c1-e2d3f4a5b6c7,9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a';
const SITE_URL = 'https://council.sharepoint.com/sites/RootAndBranch';

const chiefExecutive = graphUser({ id: 'a0000000-0000-4000-8000-000000000001', displayName: 'Morgan Reyes', jobTitle: 'Chief Executive' });
const headOfService = graphUser({ id: 'a0000000-0000-4000-8000-000000000002', displayName: 'Priya Shah', managerId: chiefExecutive.id as string });
const officer = graphUser({
  id: 'a0000000-0000-4000-8000-000000000003',
  displayName: 'Tom Evans',
  mail: null,
  userPrincipalName: 'tom.evans@council.example',
  jobTitle: 'Revenues Officer',
  department: 'Revenues and Benefits',
  officeLocation: 'Town Hall',
  managerId: headOfService.id as string,
});
const guest = graphUser({ id: 'a0000000-0000-4000-8000-000000000004', mail: null, userPrincipalName: 'sam_partner.org#EXT#@council.onmicrosoft.com' });
const leaver = graphUser({ id: 'a0000000-0000-4000-8000-000000000005', accountEnabled: false, managerId: headOfService.id as string });
const others = [6, 7].map((n) => graphUser({ id: `a0000000-0000-4000-8000-00000000000${n}`, managerId: headOfService.id as string }));
const directory = [chiefExecutive, headOfService, officer, guest, leaver, ...others];

let cloud: FakeMicrosoftCloud;
let outbound: OutboundGuard;
let logger: CapturingLogger;
let graph: Microsoft365;

function createGraph(overrides: Partial<GraphMicrosoft365Options> = {}): Microsoft365 {
  const tokens = createAppTokenProvider(cloud.entraConfig(), cloud.msalOptions());
  return createGraphMicrosoft365({
    graphBaseUrl: cloud.url,
    getToken: (requirements) => tokens.getGraphToken(requirements),
    customHosts: new Set([cloud.host]),
    logger,
    ...overrides,
  });
}

async function collect(pages: AsyncIterable<DirectoryUser[]>): Promise<DirectoryUser[][]> {
  const collected: DirectoryUser[][] = [];
  for await (const page of pages) collected.push(page);
  return collected;
}

const graphCalls = (): RecordedRequest[] => cloud.graphRequests();
const described = (request: RecordedRequest | undefined): string => `${request?.method} ${request?.path}`;

beforeAll(async () => {
  cloud = await startFakeMicrosoftCloud({
    users: directory,
    usersPageSize: 3,
    teamsApps: [{ id: CATALOG_APP_ID, externalId: TEAMS_APP_ID, displayName: 'Digital Culture Hub' }],
    sites: [{ id: SITE_ID, webUrl: SITE_URL }],
  });
  outbound = guardOutboundFetch([cloud.url]);
});

afterAll(async () => {
  outbound.restore();
  await cloud.close();
});

beforeEach(() => {
  cloud.resetRecording();
  cloud.graph.installedApps.length = 0;
  logger = createCapturingLogger();
  graph = createGraph();
});

afterEach(() => {
  expect(cloud.unexpectedRequests).toEqual([]);
  expect(outbound.blocked).toEqual([]);
});

describe('Graph Microsoft365: listDirectoryUsers', () => {
  it('reads the whole directory page by page, following @odata.nextLink, one array per page', async () => {
    const pages = await collect(graph.listDirectoryUsers('directory sync'));

    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat().map((user) => user.entraObjectId)).toEqual(directory.map((user) => user.id));
    expect(graphCalls()).toHaveLength(3);
    expect(graphCalls()[0]?.query).toEqual({
      $select: 'id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation,accountEnabled',
      $expand: 'manager($select=id)',
      $top: '999',
    });
    expect(graphCalls()[1]?.query.$skiptoken).toEqual(expect.any(String));
  });

  it('maps each Graph user to a DirectoryUser, with the manager from $expand=manager', async () => {
    const users = (await collect(graph.listDirectoryUsers('directory sync'))).flat();

    expect(users.find((user) => user.entraObjectId === officer.id)).toEqual({
      entraObjectId: officer.id,
      displayName: 'Tom Evans',
      email: 'tom.evans@council.example',
      jobTitle: 'Revenues Officer',
      department: 'Revenues and Benefits',
      officeLocation: 'Town Hall',
      managerEntraObjectId: headOfService.id,
      accountEnabled: true,
    });
    expect(users.find((user) => user.entraObjectId === chiefExecutive.id)?.managerEntraObjectId).toBeNull();
    expect(users.find((user) => user.entraObjectId === leaver.id)?.accountEnabled).toBe(false);
    expect(users.find((user) => user.entraObjectId === guest.id)?.email).toBeNull();
  });

  it('skips a malformed entry with a logged warning and keeps every other user', async () => {
    cloud.graph.users.splice(1, 0, { id: 'b0000000-0000-4000-8000-000000000009', displayName: 'Broken', accountEnabled: 'yes' });
    try {
      const users = (await collect(graph.listDirectoryUsers('directory sync'))).flat();

      expect(users.map((user) => user.entraObjectId)).toEqual(directory.map((user) => user.id));
      expect(logger.warnings).toEqual([
        expect.objectContaining({
          details: expect.objectContaining({ id: 'b0000000-0000-4000-8000-000000000009', problems: [expect.stringContaining('accountEnabled')] }),
        }),
      ]);
    } finally {
      cloud.graph.users.splice(1, 1);
    }
  });

  it('sends on every page the access token that the Entra token endpoint issued', async () => {
    await collect(graph.listDirectoryUsers('directory sync'));

    expect(cloud.tokenRequests()).toHaveLength(1);
    const issued = cloud.issuedTokens.at(-1)?.accessToken;
    expect(issued).toEqual(expect.any(String));
    expect(graphCalls().map((request) => request.headers.authorization)).toEqual([`Bearer ${issued}`, `Bearer ${issued}`, `Bearer ${issued}`]);
  });

  it('refuses to follow a nextLink to another host, so the token never leaves for it', async () => {
    cloud.respondToNextGraphRequest({
      status: 200,
      body: { value: [chiefExecutive], '@odata.nextLink': 'https://graph.elsewhere.example/v1.0/users?$skiptoken=abc' },
    });

    await expect(collect(graph.listDirectoryUsers('directory sync'))).rejects.toThrow(/nextLink to another host/);
    expect(graphCalls()).toHaveLength(1);
  });
});

describe('Graph Microsoft365: throttling', () => {
  const meeting = {
    organizerEntraObjectId: officer.id as string,
    subject: 'Digital drop-in',
    start: new Date('2026-03-02T10:00:00Z'),
    end: new Date('2026-03-02T11:00:00Z'),
  };

  it('waits for Retry-After after a 429 and then retries exactly once', async () => {
    cloud.throttleNextGraphRequests(1, 1);
    const started = performance.now();

    await graph.createOnlineMeeting('champion drop-in', meeting);

    const elapsed = performance.now() - started;
    const [throttled, retried] = graphCalls();
    expect(graphCalls()).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(retried!.receivedAt - throttled!.receivedAt).toBeGreaterThanOrEqual(1000);
    expect(retried!.headers['retry-attempt']).toBe('1');
    expect(retried!.body).toEqual(throttled!.body);
    expect(logger.warnings).toEqual([expect.objectContaining({ details: expect.objectContaining({ status: 429, retryAfter: '1' }) })]);
  });

  it('also retries a 503 Service Unavailable after its Retry-After', async () => {
    cloud.throttleNextGraphRequests(1, 1, 503);
    const started = performance.now();

    await graph.createOnlineMeeting('champion drop-in', meeting);

    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(graphCalls()).toHaveLength(2);
  });

  it('gives up after the configured number of retries with a transient GraphRequestError', async () => {
    const patient = createGraph({ maxRetries: 2 });
    cloud.throttleNextGraphRequests(3, 0);

    const failure = patient.createOnlineMeeting('champion drop-in', meeting);

    await expect(failure).rejects.toBeInstanceOf(GraphRequestError);
    await expect(failure).rejects.toMatchObject({ status: 429, graphCode: 'TooManyRequests', transient: true });
    expect(graphCalls()).toHaveLength(3);
  });
});

describe('Graph Microsoft365: errors Graph answers with', () => {
  it('names the Graph error code and request-id, and does not retry a refusal', async () => {
    const requestId = cloud.failNextGraphRequest(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

    const failure = graph.postChannelMessage('announce update', { teamId: 'team-1', channelId: '19:news@thread.tacv2', html: '<p>Hi</p>' });

    await expect(failure).rejects.toMatchObject({
      name: 'GraphRequestError',
      status: 403,
      graphCode: 'Authorization_RequestDenied',
      requestId,
      transient: false,
      message: expect.stringMatching(new RegExp(`403 Authorization_RequestDenied.*request-id ${requestId}`)),
    });
    expect(graphCalls()).toHaveLength(1);
  });

  it('says which action and request failed', async () => {
    cloud.failNextGraphRequest(404, 'NotFound', 'User not found.');

    await expect(graph.createOnlineMeeting('champion drop-in', {
      organizerEntraObjectId: 'c0000000-0000-4000-8000-000000000000',
      subject: 'Drop-in',
      start: new Date(),
      end: new Date(),
    })).rejects.toThrow('Microsoft Graph POST /v1.0/users/c0000000-0000-4000-8000-000000000000/onlineMeetings (for "champion drop-in") failed with 404 NotFound');
  });
});

describe('Graph Microsoft365: installAppForUser', () => {
  it('finds the app in the catalog by its manifest id, then installs it for the user by binding the catalog app', async () => {
    await graph.installAppForUser('campaign invitation', officer.id as string, TEAMS_APP_ID);

    expect(graphCalls().map(described)).toEqual([
      'GET /v1.0/appCatalogs/teamsApps',
      `POST /v1.0/users/${officer.id}/teamwork/installedApps`,
    ]);
    expect(graphCalls()[0]?.query.$filter).toBe(`externalId eq '${TEAMS_APP_ID}'`);
    expect(graphCalls()[1]?.body).toEqual({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${CATALOG_APP_ID}` });
    expect(cloud.graph.installedApps).toEqual([{ userId: officer.id, catalogAppId: CATALOG_APP_ID }]);
  });

  it('looks the catalog up once, however many people it installs for', async () => {
    await graph.installAppForUser('campaign invitation', officer.id as string, TEAMS_APP_ID);
    await graph.installAppForUser('campaign invitation', headOfService.id as string, TEAMS_APP_ID);

    expect(graphCalls().filter((request) => request.path === '/v1.0/appCatalogs/teamsApps')).toHaveLength(1);
  });

  it('counts an app the user already has (409 Conflict) as installed', async () => {
    await graph.installAppForUser('campaign invitation', officer.id as string, TEAMS_APP_ID);

    await expect(graph.installAppForUser('campaign reminder', officer.id as string, TEAMS_APP_ID)).resolves.toBeUndefined();
    expect(graphCalls().filter((request) => request.method === 'POST')).toHaveLength(2);
  });

  it('explains that the app must be uploaded when the catalog does not have it', async () => {
    await expect(graph.installAppForUser('campaign invitation', officer.id as string, '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      /not in the organisation's app catalog/,
    );
  });
});

describe('Graph Microsoft365: sendActivityNotification', () => {
  it('sends one activity-feed notification with a text topic linking into the app, to each recipient as an Entra user', async () => {
    await graph.sendActivityNotification(
      'publish Root & Branch update',
      {
        recipients: [officer.id as string, headOfService.id as string],
        activityType: 'projectUpdatePublished',
        previewText: 'New update on Digital Front Door',
        webUrl: 'https://teams.microsoft.com/l/entity/app/updates?context=%7B%7D',
        templateParameters: { projectName: 'Digital Front Door' },
      },
      TEAMS_APP_ID,
    );

    expect(graphCalls().map(described)).toEqual(['POST /v1.0/teamwork/sendActivityNotificationToRecipients']);
    expect(graphCalls()[0]?.body).toEqual({
      topic: { source: 'text', value: 'Digital Culture Hub', webUrl: 'https://teams.microsoft.com/l/entity/app/updates?context=%7B%7D' },
      activityType: 'projectUpdatePublished',
      previewText: { content: 'New update on Digital Front Door' },
      teamsAppId: TEAMS_APP_ID,
      recipients: [
        { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: officer.id },
        { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: headOfService.id },
      ],
      templateParameters: [{ name: 'projectName', value: 'Digital Front Door' }],
    });
  });

  it('replaces a cached token that expires within 45 minutes, since Graph refuses notifications sent with one', async () => {
    cloud.setTokenLifetime(30 * 60);
    try {
      await graph.createOnlineMeeting('champion drop-in', {
        organizerEntraObjectId: officer.id as string,
        subject: 'Drop-in',
        start: new Date('2026-03-02T10:00:00Z'),
        end: new Date('2026-03-02T11:00:00Z'),
      });
      cloud.setTokenLifetime(3599);

      await graph.sendActivityNotification(
        'campaign reminder',
        { recipients: [officer.id as string], activityType: 'auditReminder', previewText: 'Your audit', webUrl: 'https://teams.microsoft.com/l/entity/app/audit' },
        TEAMS_APP_ID,
      );

      const [shortLived, fresh] = cloud.issuedTokens.slice(-2);
      expect(cloud.tokenRequests()).toHaveLength(2);
      expect(graphCalls()[0]?.headers.authorization).toBe(`Bearer ${shortLived?.accessToken}`);
      expect(graphCalls()[1]?.headers.authorization).toBe(`Bearer ${fresh?.accessToken}`);
    } finally {
      cloud.setTokenLifetime(3599);
    }
  });

  it('splits more than 100 recipients into requests of at most 100 each', async () => {
    const recipients = Array.from({ length: 230 }, (_, index) => `d0000000-0000-4000-8000-${String(index).padStart(12, '0')}`);

    await graph.sendActivityNotification(
      'campaign reminder',
      { recipients, activityType: 'auditReminder', previewText: 'Your skills audit is waiting', webUrl: 'https://teams.microsoft.com/l/entity/app/audit' },
      TEAMS_APP_ID,
    );

    const sent = graphCalls().map((request) => (request.body as { recipients: Array<{ userId: string }> }).recipients.map((recipient) => recipient.userId));
    expect(sent.map((batch) => batch.length)).toEqual([100, 100, 30]);
    expect(sent.flat()).toEqual(recipients);
  });
});

describe('Graph Microsoft365: createOnlineMeeting', () => {
  it("creates the meeting in the organiser's name and returns its id and join link", async () => {
    const meeting = await graph.createOnlineMeeting('champion drop-in', {
      organizerEntraObjectId: officer.id as string,
      subject: 'Excel drop-in',
      start: new Date('2026-03-02T10:00:00Z'),
      end: new Date('2026-03-02T11:00:00Z'),
    });

    expect(graphCalls().map(described)).toEqual([`POST /v1.0/users/${officer.id}/onlineMeetings`]);
    expect(graphCalls()[0]?.body).toEqual({ subject: 'Excel drop-in', startDateTime: '2026-03-02T10:00:00.000Z', endDateTime: '2026-03-02T11:00:00.000Z' });
    expect(meeting).toEqual({ id: expect.any(String), joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//) });
  });
});

describe('Graph Microsoft365: publishNewsPost', () => {
  it('creates a news post page with the html in a text web part, publishes it, and returns its id and full address', async () => {
    const published = await graph.publishNewsPost('publish Root & Branch update', {
      siteId: SITE_ID,
      title: 'Lessons from our chatbot pilot',
      description: 'What we would do differently',
      html: '<p>We learned <strong>three</strong> things.</p>',
    });

    const page = cloud.graph.pages[cloud.graph.pages.length - 1]!;
    expect(graphCalls().map(described)).toEqual([
      `POST /v1.0/sites/${SITE_ID}/pages`,
      `POST /v1.0/sites/${SITE_ID}/pages/${page.id}/microsoft.graph.sitePage/publish`,
      `GET /v1.0/sites/${SITE_ID}`,
    ]);
    expect(graphCalls()[0]?.body).toMatchObject({
      '@odata.type': '#microsoft.graph.sitePage',
      name: expect.stringMatching(/^lessons-from-our-chatbot-pilot-[0-9a-f]{8}\.aspx$/),
      title: 'Lessons from our chatbot pilot',
      description: 'What we would do differently',
      promotionKind: 'newsPost',
      canvasLayout: {
        horizontalSections: [
          { columns: [{ webparts: [{ '@odata.type': '#microsoft.graph.textWebPart', innerHtml: '<p>We learned <strong>three</strong> things.</p>' }] }] },
        ],
      },
    });
    expect(page.published).toBe(true);
    expect(published).toEqual({ id: page.id, webUrl: `${SITE_URL}/SitePages/${page.name}` });
  });
});

describe('Graph Microsoft365: publishNewsPost after a failed attempt', () => {
  it('publishes the page an earlier attempt created but could not publish, instead of failing on its name', async () => {
    const post = { siteId: SITE_ID, title: 'Digital Front Door goes live', description: 'Progress', html: '<p>Live.</p>' };
    await graph.publishNewsPost('publish Root & Branch update', post);
    const page = cloud.graph.pages[cloud.graph.pages.length - 1]!;
    page.published = false;
    cloud.resetRecording();

    const published = await graph.publishNewsPost('publish Root & Branch update', post);

    expect(graphCalls().map(described)).toEqual([
      `POST /v1.0/sites/${SITE_ID}/pages`,
      `GET /v1.0/sites/${SITE_ID}/pages/microsoft.graph.sitePage`,
      `POST /v1.0/sites/${SITE_ID}/pages/${page.id}/microsoft.graph.sitePage/publish`,
    ]);
    expect(published.id).toBe(page.id);
    expect(page.published).toBe(true);
    expect(cloud.graph.pages.filter((candidate) => candidate.title === post.title)).toHaveLength(1);
  });
});

describe('Graph Microsoft365: postChannelMessage', () => {
  it('posts the html to the channel and returns the message id and link', async () => {
    const posted = await graph.postChannelMessage('announce update', {
      teamId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
      channelId: '19:rootandbranch@thread.tacv2',
      html: '<p>New on Root &amp; Branch</p>',
    });

    expect(graphCalls().map(described)).toEqual([
      'POST /v1.0/teams/e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b/channels/19:rootandbranch@thread.tacv2/messages',
    ]);
    expect(graphCalls()[0]?.body).toEqual({ body: { contentType: 'html', content: '<p>New on Root &amp; Branch</p>' } });
    expect(posted).toEqual({ id: expect.any(String), webUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/message\//) });
  });
});
