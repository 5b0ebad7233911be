import { readFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { EntraConfig } from '../../api/src/config.js';
import { createEntraTokens, type EntraTokens } from './entra-tokens.js';
import { authorityMetadata, cloudDiscoveryMetadata, entraRoutes, type FakeEntraState, type IssuedToken } from './fake-entra.js';
import { graphError, graphRoutes, type FakeGraphState, type FakeGraphUser, type FakeSite, type FakeTeamsApp } from './fake-graph.js';
import { bearerToken, recordRequest, writeResponse, type FakeResponse, type RecordedRequest, type Route } from './fake-http.js';

/**
 * One local HTTPS server standing in for the Microsoft cloud: Entra ID's token endpoint and
 * keys, and the Microsoft Graph routes the app uses. It records every request, so tests can
 * check exactly what was sent, and it can be told to throttle or fail the next Graph calls.
 *
 * Clients must trust tests/fakes/certs/localhost.pem (NODE_EXTRA_CA_CERTS, set by the test
 * runner). Graph calls need a token that this server's token endpoint issued.
 */

export interface FakeMicrosoftCloudOptions {
  /** Share signing keys with tokens a test signs itself; a fresh set by default. */
  tokens?: EntraTokens;
  clientSecret?: string;
  users?: FakeGraphUser[];
  usersPageSize?: number;
  teamsApps?: FakeTeamsApp[];
  sites?: FakeSite[];
}

export interface FakeMicrosoftCloud {
  /** `https://localhost:{port}`: the Graph base URL and the token endpoint's host. */
  readonly url: string;
  /** The host name to list in the Graph client's `customHosts`. */
  readonly host: string;
  readonly tokens: EntraTokens;
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly servicePrincipalId: string;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Requests no route knows; a test that expects none should assert this is empty. */
  readonly unexpectedRequests: RecordedRequest[];
  /** Every access token the token endpoint issued. */
  readonly issuedTokens: IssuedToken[];
  /** The fake Graph's data: set up users, apps, sites; inspect installs and pages. */
  readonly graph: FakeGraphState;
  graphRequests(): RecordedRequest[];
  tokenRequests(): RecordedRequest[];
  /** The next `count` Graph requests answer `status` (429 by default) with this Retry-After. */
  throttleNextGraphRequests(count: number, retryAfterSeconds: number, status?: 429 | 503): void;
  /** The next Graph request answers with this Graph error instead of its normal response; returns its request-id. */
  failNextGraphRequest(status: number, code: string, message: string): string;
  /** Lifetime of the access tokens the token endpoint issues from now on (3599 s, like Entra, by default). */
  setTokenLifetime(seconds: number): void;
  /** The next Graph request gets exactly this answer, e.g. a hand-made page of users. */
  respondToNextGraphRequest(response: FakeResponse): void;
  /** Entra settings for `createAppTokenProvider`: the real authority host, this fake's tenant and app. */
  entraConfig(): EntraConfig;
  /** MSAL options that keep the real authority but send token requests here. */
  msalOptions(): { authorityMetadata: string; cloudDiscoveryMetadata: string };
  /** Forgets recorded requests and queued failures; keeps the Graph data and issued tokens. */
  resetRecording(): void;
  close(): Promise<void>;
}

const CERTIFICATE = readFileSync(new URL('./certs/localhost.pem', import.meta.url));
const PRIVATE_KEY = readFileSync(new URL('./certs/localhost-key.pem', import.meta.url));
const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

function match(routes: Route[], request: RecordedRequest): { route: Route; params: string[] } | null {
  for (const route of routes) {
    const found = route.method === request.method ? route.pattern.exec(request.path) : null;
    if (found) return { route, params: found.slice(1) };
  }
  return null;
}

export async function startFakeMicrosoftCloud(options: FakeMicrosoftCloudOptions = {}): Promise<FakeMicrosoftCloud> {
  if (!process.env.NODE_EXTRA_CA_CERTS?.endsWith('localhost.pem')) {
    // Node reads the extra CA only at start-up, so without it every HTTPS call to the fake fails obscurely.
    throw new Error('Run jest with NODE_EXTRA_CA_CERTS=tests/fakes/certs/localhost.pem (npm test sets it) to use the fake Microsoft cloud.');
  }
  const tokens = options.tokens ?? (await createEntraTokens());
  const entra: FakeEntraState = {
    tokens,
    clientId: tokens.clientId,
    clientSecret: options.clientSecret ?? 'fake-client-secret',
    servicePrincipalId: '0f4e2d1c-8b7a-4c69-95d3-2e1f0a9b8c7d',
    issued: [],
    tokenLifetimeSeconds: 3599,
  };
  const graph: FakeGraphState = {
    users: [...(options.users ?? [])],
    usersPageSize: options.usersPageSize ?? 999,
    teamsApps: [...(options.teamsApps ?? [])],
    installedApps: [],
    sites: [...(options.sites ?? [])],
    pages: [],
  };
  const requests: RecordedRequest[] = [];
  const unexpectedRequests: RecordedRequest[] = [];
  const scriptedGraphResponses: FakeResponse[] = [];
  let url = '';

  const entraRouteList = entraRoutes(entra);
  const graphRouteList = graphRoutes(graph, () => url);

  async function answerGraph(request: RecordedRequest): Promise<FakeResponse> {
    const found = match(graphRouteList, request);
    if (!found) {
      unexpectedRequests.push(request);
      return graphError(400, 'BadRequest', `Resource not found for the segment in ${request.method} ${request.path}.`);
    }
    const scripted = scriptedGraphResponses.shift();
    if (scripted) return scripted;
    const token = bearerToken(request);
    const issued = entra.issued.find((candidate) => candidate.accessToken === token);
    if (!issued || issued.audience !== GRAPH_AUDIENCE) {
      return graphError(401, 'InvalidAuthenticationToken', token ? 'Access token validation failure.' : 'Access token is empty.');
    }
    return found.route.handle(request, found.params, { tokenExpiresAt: issued.expiresAt });
  }

  async function answer(request: RecordedRequest): Promise<FakeResponse> {
    if (request.path.startsWith('/v1.0/')) return answerGraph(request);
    const found = match(entraRouteList, request);
    if (found) return found.route.handle(request, found.params, { tokenExpiresAt: 0 });
    unexpectedRequests.push(request);
    return { status: 404, body: { error: 'not_found', error_description: `No fake for ${request.method} ${request.path}` } };
  }

  const server: Server = createServer({ cert: CERTIFICATE, key: PRIVATE_KEY }, (incoming, outgoing) => {
    recordRequest(incoming)
      .then(async (request) => {
        requests.push(request);
        writeResponse(outgoing, await answer(request));
      })
      .catch((error: unknown) => {
        writeResponse(outgoing, { status: 500, body: { error: 'fake_failure', error_description: String(error) } });
      });
  });

  // Listen where clients will connect: the first address `localhost` resolves to (IPv4 or IPv6).
  const { address } = await lookup('localhost');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => resolve());
  });
  url = `https://localhost:${(server.address() as AddressInfo).port}`;

  return {
    url,
    host: 'localhost',
    tokens,
    tenantId: tokens.tenantId,
    clientId: tokens.clientId,
    clientSecret: entra.clientSecret,
    servicePrincipalId: entra.servicePrincipalId,
    requests,
    unexpectedRequests,
    issuedTokens: entra.issued,
    graph,
    graphRequests: () => requests.filter((request) => request.path.startsWith('/v1.0/')),
    tokenRequests: () => requests.filter((request) => request.path.endsWith('/oauth2/v2.0/token')),
    throttleNextGraphRequests(count, retryAfterSeconds, status = 429) {
      for (let index = 0; index < count; index += 1) {
        const code = status === 429 ? 'TooManyRequests' : 'ServiceUnavailable';
        const retryAfter = { 'retry-after': String(retryAfterSeconds) };
        scriptedGraphResponses.push(graphError(status, code, 'Please retry after the time given in Retry-After.', retryAfter));
      }
    },
    failNextGraphRequest(status, code, message) {
      const response = graphError(status, code, message);
      scriptedGraphResponses.push(response);
      return response.headers?.['request-id'] ?? '';
    },
    setTokenLifetime(seconds) {
      entra.tokenLifetimeSeconds = seconds;
    },
    respondToNextGraphRequest(response) {
      scriptedGraphResponses.push(response);
    },
    entraConfig: () => ({
      tenantId: tokens.tenantId,
      clientId: tokens.clientId,
      clientSecret: entra.clientSecret,
      allowedTenants: [tokens.tenantId],
      authorityHost: tokens.authorityHost,
    }),
    msalOptions: () => ({
      authorityMetadata: authorityMetadata(url, tokens.tenantId, tokens.authorityHost),
      cloudDiscoveryMetadata: cloudDiscoveryMetadata(tokens.tenantId),
    }),
    resetRecording() {
      requests.length = 0;
      unexpectedRequests.length = 0;
      scriptedGraphResponses.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
