import { AuthenticationHandlerOptions, type Client } from '@microsoft/microsoft-graph-client';
import { pino } from 'pino';
import { z } from 'zod';
import type { DirectoryUser, Microsoft365, NewsPostRequest, Published } from '../domain/shared/microsoft365.js';
import {
  activityNotificationCalls,
  channelMessageCall,
  createNewsPageCall,
  findCatalogAppCall,
  installAppCall,
  listDirectoryUsersCall,
  listPagesCall,
  newsPageName,
  onlineMeetingCall,
  publishPageCall,
  siteWebUrlCall,
  type GraphCall,
} from './graph-calls.js';
import { createGraphClient, type GetGraphToken } from './graph-client.js';
import { directoryPageSchema, parseDirectoryUsers } from './graph-directory-user.js';
import { GraphRequestError, toGraphRequestError, unexpectedGraphBody } from './graph-request-error.js';
import type { M365Logger } from './m365-logger.js';

/** The Microsoft365 port over Microsoft Graph, used in production. */

export interface GraphMicrosoft365Options {
  /** e.g. `https://graph.microsoft.com` (no version, no trailing slash needed). */
  graphBaseUrl: string;
  /** An app-only Graph token; called before every request, so it should cache (MSAL does). */
  getToken: GetGraphToken;
  /** Host names (no port) besides Microsoft's Graph hosts that may receive the token. */
  customHosts?: Set<string>;
  logger?: M365Logger;
  /** How often a throttled (429) or unavailable (503/504) request is retried; default 5. */
  maxRetries?: number;
  /** Seconds between retries when Graph sends no Retry-After; default 3. */
  retryDelaySeconds?: number;
}

/** Graph refuses activity notifications (412) sent with a token that expires within 45 minutes. */
const NOTIFICATION_TOKEN_VALIDITY_SECONDS = 46 * 60;

interface SendOptions {
  /** An absolute URL to fetch instead of the call's path, e.g. a nextLink. */
  url?: string;
  minimumTokenValiditySeconds?: number;
}

const catalogAppsSchema = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const meetingSchema = z.object({ id: z.string().min(1), joinWebUrl: z.url() });
const createdPageSchema = z.object({ id: z.string().min(1), webUrl: z.string().min(1).nullish() });
const pageListSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1), name: z.string().nullish(), webUrl: z.string().min(1).nullish() })),
  '@odata.nextLink': z.url().optional(),
});
const siteSchema = z.object({ webUrl: z.url() });
const channelMessageSchema = z.object({ id: z.string().min(1), webUrl: z.url() });

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
}

export function createGraphMicrosoft365(options: GraphMicrosoft365Options): Microsoft365 {
  const logger = options.logger ?? pino({ name: 'microsoft-graph' });
  const graphBaseUrl = options.graphBaseUrl.replace(/\/$/, '');
  const client: Client = createGraphClient({ ...options, graphBaseUrl, logger });
  const catalogAppIds = new Map<string, Promise<string>>();
  const siteWebUrls = new Map<string, Promise<string>>();

  async function send(call: GraphCall, action: string, sendOptions: SendOptions = {}): Promise<unknown> {
    try {
      const request = client.api(sendOptions.url ?? `${graphBaseUrl}${call.path}`);
      const minimumValiditySeconds = sendOptions.minimumTokenValiditySeconds;
      if (minimumValiditySeconds !== undefined) {
        const provider = { getAccessToken: () => options.getToken({ minimumValiditySeconds }) };
        request.middlewareOptions([new AuthenticationHandlerOptions(provider)]);
      }
      return call.method === 'GET' ? await request.get() : await request.post(call.body);
    } catch (error) {
      throw toGraphRequestError(error, call, action);
    }
  }

  async function sendAndParse<T>(call: GraphCall, action: string, schema: z.ZodType<T>): Promise<T> {
    const response = await send(call, action);
    const parsed = schema.safeParse(response);
    if (!parsed.success) throw unexpectedGraphBody(call, action, problemsOf(parsed.error));
    return parsed.data;
  }

  /** A cached lookup that forgets failures, so a later call can try again. */
  function remember(cache: Map<string, Promise<string>>, key: string, load: () => Promise<string>): Promise<string> {
    const cached = cache.get(key);
    if (cached) return cached;
    const loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
    return loading;
  }

  function catalogAppId(teamsAppId: string, action: string): Promise<string> {
    return remember(catalogAppIds, teamsAppId, async () => {
      const { value } = await sendAndParse(findCatalogAppCall(teamsAppId), action, catalogAppsSchema);
      const app = value[0];
      if (!app) {
        throw new Error(
          `The Teams app ${teamsAppId} is not in the organisation's app catalog: ` +
            'upload the app package in the Teams admin centre first.',
        );
      }
      return app.id;
    });
  }

  function siteWebUrl(siteId: string, action: string): Promise<string> {
    return remember(siteWebUrls, siteId, async () => (await sendAndParse(siteWebUrlCall(siteId), action, siteSchema)).webUrl);
  }

  /** Graph gives a page's webUrl relative to its site (`SitePages/x.aspx`). */
  async function absolutePageUrl(siteId: string, webUrl: string | null | undefined, action: string): Promise<string> {
    if (webUrl && URL.canParse(webUrl)) return webUrl;
    const site = await siteWebUrl(siteId, action);
    return webUrl ? new URL(webUrl, `${site.replace(/\/$/, '')}/`).toString() : site;
  }

  /** The page a previous attempt at the same post created, if there is one. */
  async function findPage(siteId: string, name: string, action: string): Promise<z.infer<typeof createdPageSchema> | null> {
    const call = listPagesCall(siteId);
    let url: string | undefined = `${graphBaseUrl}${call.path}`;
    while (url) {
      const parsed = pageListSchema.safeParse(await send(call, action, { url }));
      if (!parsed.success) throw unexpectedGraphBody(call, action, problemsOf(parsed.error));
      const page = parsed.data.value.find((candidate) => candidate.name === name);
      if (page) return page;
      const nextLink = parsed.data['@odata.nextLink'];
      url = nextLink === undefined ? undefined : checkNextLink(nextLink);
    }
    return null;
  }

  /** Creates the news page, or finds it when an earlier attempt created it but did not get to publish it. */
  async function createOrFindPage(request: NewsPostRequest, action: string): Promise<z.infer<typeof createdPageSchema>> {
    try {
      return await sendAndParse(createNewsPageCall(request), action, createdPageSchema);
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.status === 409)) throw error;
      const existing = await findPage(request.siteId, newsPageName(request), action);
      if (!existing) throw error;
      return existing;
    }
  }

  /** Only follow nextLinks back to the configured Graph host: the link comes from a response body. */
  function checkNextLink(nextLink: string): string {
    if (new URL(nextLink).origin !== new URL(graphBaseUrl).origin) {
      throw new Error(`Microsoft Graph returned a nextLink to another host (${new URL(nextLink).host}); refusing to follow it.`);
    }
    return nextLink;
  }

  return {
    kind: 'graph',

    async *listDirectoryUsers(action): AsyncGenerator<DirectoryUser[]> {
      const call = listDirectoryUsersCall();
      let url: string | undefined = `${graphBaseUrl}${call.path}`;
      while (url) {
        const page = directoryPageSchema.safeParse(await send(call, action, { url }));
        if (!page.success) throw unexpectedGraphBody(call, action, problemsOf(page.error));
        yield parseDirectoryUsers(page.data.value, logger);
        const nextLink = page.data['@odata.nextLink'];
        url = nextLink === undefined ? undefined : checkNextLink(nextLink);
      }
    },

    async installAppForUser(action, userEntraObjectId, teamsAppId) {
      const call = installAppCall(userEntraObjectId, await catalogAppId(teamsAppId, action));
      try {
        await send(call, action);
      } catch (error) {
        // Installing an app the user already has is the outcome we wanted.
        if (error instanceof GraphRequestError && error.status === 409) return;
        throw error;
      }
    },

    async sendActivityNotification(action, notification, teamsAppId) {
      for (const call of activityNotificationCalls(notification, teamsAppId)) {
        await send(call, action, { minimumTokenValiditySeconds: NOTIFICATION_TOKEN_VALIDITY_SECONDS });
      }
    },

    async createOnlineMeeting(action, request) {
      const meeting = await sendAndParse(onlineMeetingCall(request), action, meetingSchema);
      return { id: meeting.id, joinUrl: meeting.joinWebUrl };
    },

    async publishNewsPost(action, request): Promise<Published> {
      const page = await createOrFindPage(request, action);
      await send(publishPageCall(request.siteId, page.id), action);
      return { id: page.id, webUrl: await absolutePageUrl(request.siteId, page.webUrl, action) };
    },

    async postChannelMessage(action, request): Promise<Published> {
      const message = await sendAndParse(channelMessageCall(request), action, channelMessageSchema);
      return { id: message.id, webUrl: message.webUrl };
    },
  };

}
