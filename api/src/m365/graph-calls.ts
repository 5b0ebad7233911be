import { createHash } from 'node:crypto';
import type {
  ActivityNotification,
  ChannelMessageRequest,
  NewsPostRequest,
  OnlineMeetingRequest,
} from '../domain/shared/microsoft365.js';

/**
 * The Microsoft Graph requests behind each Microsoft 365 action, as plain data. Both the Graph
 * implementation (which sends them) and the local outbox (which records them) take them from
 * here, so the outbox shows exactly what production would send.
 */

export interface GraphCall {
  method: 'GET' | 'POST';
  /** Path and query under the Graph root, starting with the version: `/v1.0/users?...`. */
  path: string;
  body?: unknown;
}

export const DIRECTORY_PAGE_SIZE = 999;

export const DIRECTORY_USER_FIELDS = [
  'id',
  'displayName',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'officeLocation',
  'accountEnabled',
] as const;

/** Graph rejects activity notifications to more than 100 recipients in one request. */
export const MAX_NOTIFICATION_RECIPIENTS = 100;

/** The topic shown above every activity-feed notification the app sends. */
export const NOTIFICATION_TOPIC = 'Digital Culture Hub';

/** `@odata.bind` references are absolute Graph URLs, whatever host the request itself goes to. */
const GRAPH_BIND_ROOT = 'https://graph.microsoft.com/v1.0';

/**
 * Escapes an id for one path segment. Keeps `:` `@` `,` (legal in a path segment) because
 * channel ids (`19:...@thread.tacv2`) and site ids (`host,guid,guid`) are written with them.
 */
export function pathSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':').replace(/%40/gi, '@').replace(/%2C/gi, ',');
}

/** An OData string literal: quotes doubled, then made safe for a query string. */
function odataString(value: string): string {
  return encodeURIComponent(`'${value.replaceAll("'", "''")}'`);
}

export function listDirectoryUsersCall(): GraphCall {
  return {
    method: 'GET',
    path: `/v1.0/users?$select=${DIRECTORY_USER_FIELDS.join(',')}&$expand=manager($select=id)&$top=${DIRECTORY_PAGE_SIZE}`,
  };
}

export function findCatalogAppCall(teamsAppId: string): GraphCall {
  return {
    method: 'GET',
    path: `/v1.0/appCatalogs/teamsApps?$filter=${encodeURIComponent('externalId eq ')}${odataString(teamsAppId)}`,
  };
}

export function installAppCall(userEntraObjectId: string, catalogAppId: string): GraphCall {
  return {
    method: 'POST',
    path: `/v1.0/users/${pathSegment(userEntraObjectId)}/teamwork/installedApps`,
    body: { 'teamsApp@odata.bind': `${GRAPH_BIND_ROOT}/appCatalogs/teamsApps/${pathSegment(catalogAppId)}` },
  };
}

/** One request per hundred recipients, in the order the recipients were given. */
export function activityNotificationCalls(notification: ActivityNotification, teamsAppId: string): GraphCall[] {
  const calls: GraphCall[] = [];
  for (let start = 0; start < notification.recipients.length; start += MAX_NOTIFICATION_RECIPIENTS) {
    const recipients = notification.recipients.slice(start, start + MAX_NOTIFICATION_RECIPIENTS);
    calls.push({
      method: 'POST',
      path: '/v1.0/teamwork/sendActivityNotificationToRecipients',
      body: {
        topic: { source: 'text', value: NOTIFICATION_TOPIC, webUrl: notification.webUrl },
        activityType: notification.activityType,
        previewText: { content: notification.previewText },
        teamsAppId,
        recipients: recipients.map((userId) => ({
          '@odata.type': 'microsoft.graph.aadUserNotificationRecipient',
          userId,
        })),
        templateParameters: Object.entries(notification.templateParameters ?? {}).map(([name, value]) => ({
          name,
          value,
        })),
      },
    });
  }
  return calls;
}

export function onlineMeetingCall(request: OnlineMeetingRequest): GraphCall {
  return {
    method: 'POST',
    path: `/v1.0/users/${pathSegment(request.organizerEntraObjectId)}/onlineMeetings`,
    body: {
      subject: request.subject,
      startDateTime: request.start.toISOString(),
      endDateTime: request.end.toISOString(),
    },
  };
}

function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return words || 'news';
}

/**
 * The page's file name. SharePoint refuses a second page with the same name, so a hash of the
 * content follows the title: two posts with the same title do not collide, and a retried post
 * keeps its name, so the retry finds the page an earlier attempt created instead of adding one.
 */
export function newsPageName(request: NewsPostRequest): string {
  const digest = createHash('sha256').update(`${request.title}\n${request.description}\n${request.html}`).digest('hex');
  return `${slug(request.title)}-${digest.slice(0, 8)}.aspx`;
}

export function createNewsPageCall(request: NewsPostRequest): GraphCall {
  return {
    method: 'POST',
    path: `/v1.0/sites/${pathSegment(request.siteId)}/pages`,
    body: {
      '@odata.type': '#microsoft.graph.sitePage',
      name: newsPageName(request),
      title: request.title,
      description: request.description,
      pageLayout: 'article',
      promotionKind: 'newsPost',
      showComments: true,
      canvasLayout: {
        horizontalSections: [
          {
            layout: 'oneColumn',
            id: '1',
            emphasis: 'none',
            columns: [
              {
                id: '1',
                width: 12,
                webparts: [{ '@odata.type': '#microsoft.graph.textWebPart', innerHtml: request.html }],
              },
            ],
          },
        ],
      },
    },
  };
}

/** Every page of the site, sorted by name; Graph does not support filtering pages by name. */
export function listPagesCall(siteId: string): GraphCall {
  return { method: 'GET', path: `/v1.0/sites/${pathSegment(siteId)}/pages/microsoft.graph.sitePage?$select=id,name,webUrl` };
}

export function publishPageCall(siteId: string, pageId: string): GraphCall {
  return {
    method: 'POST',
    path: `/v1.0/sites/${pathSegment(siteId)}/pages/${pathSegment(pageId)}/microsoft.graph.sitePage/publish`,
  };
}

/** Graph gives a page's webUrl relative to its site; the site's own webUrl completes it. */
export function siteWebUrlCall(siteId: string): GraphCall {
  return { method: 'GET', path: `/v1.0/sites/${pathSegment(siteId)}?$select=id,webUrl` };
}

export function channelMessageCall(request: ChannelMessageRequest): GraphCall {
  return {
    method: 'POST',
    path: `/v1.0/teams/${pathSegment(request.teamId)}/channels/${pathSegment(request.channelId)}/messages`,
    body: { body: { contentType: 'html', content: request.html } },
  };
}
