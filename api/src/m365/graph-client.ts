import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
} from '@microsoft/microsoft-graph-client';
import type { M365Logger } from './m365-logger.js';

/**
 * A Graph SDK client with its middleware chain spelled out, so that how throttling is
 * handled is a decision visible here rather than a library default.
 */

/** Gets an app-only Graph token, optionally one that stays valid for a while yet. */
export type GetGraphToken = (requirements?: { minimumValiditySeconds?: number }) => Promise<string>;

export interface GraphClientOptions {
  graphBaseUrl: string;
  getToken: GetGraphToken;
  /** Host names (no port) besides Microsoft's Graph hosts that may receive the token. */
  customHosts?: Set<string>;
  logger: M365Logger;
  /** How often a 429/503/504 is retried; the wait honours Graph's Retry-After. */
  maxRetries?: number;
  /** Seconds to wait before a retry when Graph gives no Retry-After. */
  retryDelaySeconds?: number;
}

export const DEFAULT_MAX_RETRIES = 5;
export const DEFAULT_RETRY_DELAY_SECONDS = 3;

function tokenHosts(graphBaseUrl: string, customHosts: Set<string> | undefined): Set<string> {
  // The configured Graph URL is trusted configuration, so its host may always receive the token.
  const hosts = new Set(customHosts ?? []);
  hosts.add(new URL(graphBaseUrl).hostname);
  for (const host of hosts) {
    if (host.includes(':') || host.includes('/')) {
      throw new Error(`customHosts takes host names only, without scheme, port or path: "${host}"`);
    }
  }
  return hosts;
}

export function createGraphClient(options: GraphClientOptions): Client {
  const authProvider: AuthenticationProvider = { getAccessToken: () => options.getToken() };
  const retryOptions = new RetryHandlerOptions(
    options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    options.maxRetries ?? DEFAULT_MAX_RETRIES,
    (_delay, attempt, _request, _fetchOptions, response) => {
      options.logger.warn(
        { status: response.status, attempt: attempt + 1, retryAfter: response.headers.get('retry-after') },
        'Microsoft Graph is throttling or unavailable; retrying',
      );
      return true;
    },
  );
  return Client.initWithMiddleware({
    baseUrl: options.graphBaseUrl,
    customHosts: tokenHosts(options.graphBaseUrl, options.customHosts),
    middleware: [
      new AuthenticationHandler(authProvider),
      new RetryHandler(retryOptions),
      new RedirectHandler(new RedirectHandlerOptions()),
      new TelemetryHandler(),
      new HTTPMessageHandler(),
    ],
  });
}
