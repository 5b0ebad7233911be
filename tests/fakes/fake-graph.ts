import { randomUUID } from 'node:crypto';
import type { Caller, FakeResponse, RecordedRequest, Route } from './fake-http.js';

/**
 * The Microsoft Graph side of the fake cloud: just the routes the app uses, answering the way
 * Graph answers (shapes, status codes, error bodies with a request-id), over a little state
 * that tests can set up and inspect.
 */

/** A directory entry as Graph stores it; `managerId` is what `$expand=manager` reveals. */
export type FakeGraphUser = Record<string, unknown> & { id?: unknown; managerId?: string | null };

export interface FakeTeamsApp {
  /** The catalog id Graph uses to install the app. */
  id: string;
  /** The id in the app's manifest. */
  externalId: string;
  displayName: string;
}

export interface FakeSite {
  id: string;
  webUrl: string;
}

export interface FakeSitePage {
  siteId: string;
  id: string;
  name: string;
  title: string;
  published: boolean;
  body: Record<string, unknown>;
}

export interface FakeGraphState {
  users: FakeGraphUser[];
  /** Graph's page size for `/users`, whatever `$top` asks (so tests can page a small directory). */
  usersPageSize: number;
  teamsApps: FakeTeamsApp[];
  installedApps: Array<{ userId: string; catalogAppId: string }>;
  sites: FakeSite[];
  pages: FakeSitePage[];
}

let userSequence = 0;

/** A realistic directory entry; `overrides` may also add fields Graph would never send. */
export function graphUser(overrides: FakeGraphUser = {}): FakeGraphUser {
  userSequence += 1;
  const id = typeof overrides.id === 'string' ? overrides.id : randomUUID();
  const handle = `person.${userSequence}`;
  return {
    id,
    displayName: `Person ${userSequence}`,
    mail: `${handle}@council.example`,
    userPrincipalName: `${handle}@council.example`,
    jobTitle: 'Officer',
    department: 'Customer Services',
    officeLocation: 'Civic Centre',
    accountEnabled: true,
    managerId: null,
    ...overrides,
  };
}

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): FakeResponse {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'request-id': requestId, 'client-request-id': requestId, ...headers },
    body: {
      error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': requestId, 'client-request-id': requestId } },
    },
  };
}

function objectBody(request: RecordedRequest): Record<string, unknown> {
  return typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function listUsers(state: FakeGraphState, baseUrl: string, request: RecordedRequest): FakeResponse {
  const offset = request.query.$skiptoken ? Number(Buffer.from(request.query.$skiptoken, 'base64url').toString().split(':')[1]) : 0;
  const top = Number(request.query.$top ?? 100);
  if (!Number.isInteger(top) || top < 1 || top > 999) return graphError(400, 'Request_UnsupportedQuery', 'Invalid page size specified.');
  const size = Math.min(top, state.usersPageSize);
  const selected = request.query.$select?.split(',');
  const expandManager = request.query.$expand?.startsWith('manager') ?? false;
  const value = state.users.slice(offset, offset + size).map((user) => {
    const { managerId, ...stored } = user;
    const shaped: Record<string, unknown> = selected ? { id: stored.id ?? null } : { ...stored };
    for (const field of selected ?? []) shaped[field] = stored[field] ?? null;
    if (expandManager && managerId) shaped.manager = { '@odata.type': '#microsoft.graph.user', id: managerId };
    return shaped;
  });
  const body: Record<string, unknown> = { '@odata.context': `${baseUrl}/v1.0/$metadata#users`, value };
  if (offset + size < state.users.length) {
    // Like Graph, the next link repeats the query and adds an opaque skip token.
    const query = (request.url.split('?')[1] ?? '').split('&').filter((part) => part && !part.startsWith('$skiptoken='));
    const token = Buffer.from(`offset:${offset + size}`).toString('base64url');
    body['@odata.nextLink'] = `${baseUrl}/v1.0/users?${[...query, `$skiptoken=${token}`].join('&')}`;
  }
  return { status: 200, body };
}

function findCatalogApps(state: FakeGraphState, request: RecordedRequest): FakeResponse {
  const match = /^externalId eq '(.*)'$/.exec(request.query.$filter ?? '');
  if (!match) return graphError(400, 'BadRequest', 'Only filtering by externalId is supported by this fake.');
  const externalId = match[1]!.replaceAll("''", "'");
  return { status: 200, body: { value: state.teamsApps.filter((app) => app.externalId === externalId) } };
}

function installApp(state: FakeGraphState, request: RecordedRequest, userId: string): FakeResponse {
  if (!state.users.some((user) => user.id === userId)) return graphError(404, 'NotFound', `User ${userId} was not found.`);
  const bind = objectBody(request)['teamsApp@odata.bind'];
  const catalogAppId = isText(bind) ? /\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1] : undefined;
  if (!catalogAppId || !state.teamsApps.some((app) => app.id === catalogAppId)) {
    return graphError(400, 'BadRequest', 'teamsApp@odata.bind does not reference an app in the catalog.');
  }
  if (state.installedApps.some((installed) => installed.userId === userId && installed.catalogAppId === catalogAppId)) {
    return graphError(409, 'Conflict', 'The app is already installed for this user.');
  }
  state.installedApps.push({ userId, catalogAppId });
  return { status: 201 };
}

/** Graph refuses activity notifications sent with a token that expires within 45 minutes. */
const NOTIFICATION_TOKEN_VALIDITY_MS = 45 * 60 * 1000;

function sendActivityNotification(request: RecordedRequest, caller: Caller): FakeResponse {
  if (caller.tokenExpiresAt - Date.now() < NOTIFICATION_TOKEN_VALIDITY_MS) {
    return graphError(412, 'PreconditionFailed', 'The access token must be valid for at least 45 minutes.');
  }
  const body = objectBody(request);
  const topic = body.topic as Record<string, unknown> | undefined;
  const preview = body.previewText as Record<string, unknown> | undefined;
  const recipients = body.recipients;
  const isRecipient = (recipient: Record<string, unknown>): boolean =>
    recipient['@odata.type'] === 'microsoft.graph.aadUserNotificationRecipient' && isText(recipient.userId);
  const recipientsValid = Array.isArray(recipients) && recipients.length > 0 && recipients.length <= 100 && recipients.every(isRecipient);
  const topicValid = topic?.source === 'text' && isText(topic.value) && isText(topic.webUrl);
  if (!topicValid || !isText(body.activityType) || !isText(preview?.content) || !recipientsValid) {
    return graphError(400, 'BadRequest', 'The activity notification is not valid.');
  }
  return { status: 204 };
}

function createMeeting(state: FakeGraphState, request: RecordedRequest, organizerId: string): FakeResponse {
  if (!state.users.some((user) => user.id === organizerId)) return graphError(404, 'NotFound', `User ${organizerId} was not found.`);
  const body = objectBody(request);
  if (!isText(body.subject) || !isText(body.startDateTime) || !isText(body.endDateTime)) {
    return graphError(400, 'BadRequest', 'subject, startDateTime and endDateTime are required.');
  }
  const id = `MSo${randomUUID().replaceAll('-', '')}`;
  return {
    status: 201,
    body: {
      id,
      subject: body.subject,
      startDateTime: body.startDateTime,
      endDateTime: body.endDateTime,
      creationDateTime: new Date().toISOString(),
      joinWebUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0`,
    },
  };
}

function getSite(state: FakeGraphState, siteId: string): FakeResponse {
  const site = state.sites.find((candidate) => candidate.id === siteId);
  if (!site) return graphError(404, 'itemNotFound', 'Requested site could not be found');
  return { status: 200, body: { id: site.id, webUrl: site.webUrl } };
}

function createPage(state: FakeGraphState, request: RecordedRequest, siteId: string): FakeResponse {
  if (!state.sites.some((site) => site.id === siteId)) return graphError(404, 'itemNotFound', 'Requested site could not be found');
  const body = objectBody(request);
  if (!isText(body.name) || !body.name.endsWith('.aspx') || !isText(body.title)) {
    return graphError(400, 'invalidRequest', 'A page needs a name ending in .aspx and a title.');
  }
  if (state.pages.some((page) => page.siteId === siteId && page.name === body.name)) {
    return graphError(409, 'nameAlreadyExists', 'A page with that name already exists.');
  }
  const page: FakeSitePage = { siteId, id: randomUUID(), name: body.name, title: body.title, published: false, body };
  state.pages.push(page);
  return {
    status: 201,
    body: {
      '@odata.type': '#microsoft.graph.sitePage',
      id: page.id,
      name: page.name,
      title: page.title,
      webUrl: `SitePages/${page.name}`,
      pageLayout: body.pageLayout ?? 'article',
      promotionKind: body.promotionKind ?? 'page',
      publishingState: { level: 'checkout', versionId: '0.1' },
    },
  };
}

function listPages(state: FakeGraphState, siteId: string): FakeResponse {
  if (!state.sites.some((site) => site.id === siteId)) return graphError(404, 'itemNotFound', 'Requested site could not be found');
  const value = state.pages
    .filter((page) => page.siteId === siteId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((page) => ({ id: page.id, name: page.name, webUrl: `SitePages/${page.name}` }));
  return { status: 200, body: { value } };
}

function publishPage(state: FakeGraphState, siteId: string, pageId: string): FakeResponse {
  const page = state.pages.find((candidate) => candidate.siteId === siteId && candidate.id === pageId);
  if (!page) return graphError(404, 'itemNotFound', 'The page was not found.');
  page.published = true;
  return { status: 204 };
}

function postChannelMessage(request: RecordedRequest, teamId: string, channelId: string): FakeResponse {
  const content = (objectBody(request).body as Record<string, unknown> | undefined) ?? {};
  if (content.contentType !== 'html' || !isText(content.content)) return graphError(400, 'BadRequest', 'The message body is missing.');
  const id = String(Date.now());
  return {
    status: 201,
    body: {
      id,
      body: content,
      webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${id}?groupId=${teamId}&parentMessageId=${id}`,
    },
  };
}

export function graphRoutes(state: FakeGraphState, baseUrl: () => string): Route[] {
  return [
    { method: 'GET', pattern: /^\/v1\.0\/users$/, handle: (request) => listUsers(state, baseUrl(), request) },
    { method: 'GET', pattern: /^\/v1\.0\/appCatalogs\/teamsApps$/, handle: (request) => findCatalogApps(state, request) },
    {
      method: 'POST',
      pattern: /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/,
      handle: (request, [userId = '']) => installApp(state, request, userId),
    },
    {
      method: 'POST',
      pattern: /^\/v1\.0\/teamwork\/sendActivityNotificationToRecipients$/,
      handle: (request, _params, caller) => sendActivityNotification(request, caller),
    },
    {
      method: 'POST',
      pattern: /^\/v1\.0\/users\/([^/]+)\/onlineMeetings$/,
      handle: (request, [organizerId = '']) => createMeeting(state, request, organizerId),
    },
    { method: 'GET', pattern: /^\/v1\.0\/sites\/([^/]+)$/, handle: (_request, [siteId = '']) => getSite(state, siteId) },
    { method: 'POST', pattern: /^\/v1\.0\/sites\/([^/]+)\/pages$/, handle: (request, [siteId = '']) => createPage(state, request, siteId) },
    {
      method: 'GET',
      pattern: /^\/v1\.0\/sites\/([^/]+)\/pages\/microsoft\.graph\.sitePage$/,
      handle: (_request, [siteId = '']) => listPages(state, siteId),
    },
    {
      method: 'POST',
      pattern: /^\/v1\.0\/sites\/([^/]+)\/pages\/([^/]+)\/microsoft\.graph\.sitePage\/publish$/,
      handle: (_request, [siteId = '', pageId = '']) => publishPage(state, siteId, pageId),
    },
    {
      method: 'POST',
      pattern: /^\/v1\.0\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/,
      handle: (request, [teamId = '', channelId = '']) => postChannelMessage(request, teamId, channelId),
    },
  ];
}
