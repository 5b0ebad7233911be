import { randomUUID } from 'node:crypto';
import { jwtVerify } from 'jose';
import { REAL_AUTHORITY_HOST, type EntraTokens } from './entra-tokens.js';
import type { FakeResponse, RecordedRequest, Route } from './fake-http.js';

/**
 * The Microsoft Entra ID side of the fake cloud: the v2 token endpoint (client credentials
 * and on-behalf-of), the signing keys, and the metadata that lets MSAL keep the real
 * authority while sending its token requests here.
 */

export interface IssuedToken {
  grantType: 'client_credentials' | 'on_behalf_of';
  accessToken: string;
  /** The resource the token is for, e.g. `https://graph.microsoft.com`. */
  audience: string;
  /** For on-behalf-of tokens: the user the token acts for. */
  userObjectId?: string;
  /** `Date.now()` based expiry of the token. */
  expiresAt: number;
}

export interface FakeEntraState {
  tokens: EntraTokens;
  clientId: string;
  clientSecret: string;
  /** Object id of the app's service principal: the `oid` of its app-only tokens. */
  servicePrincipalId: string;
  issued: IssuedToken[];
  /** Lifetime of the access tokens issued from now on. */
  tokenLifetimeSeconds: number;
}

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

function entraError(status: number, error: string, code: number, description: string): FakeResponse {
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
    },
  };
}

/** `https://graph.microsoft.com/.default` and `https://graph.microsoft.com/User.Read` are both for Graph. */
function resourceOf(scope: string): { audience: string; permission: string } {
  const slash = scope.lastIndexOf('/');
  if (slash <= 'https://'.length) return { audience: 'https://graph.microsoft.com', permission: scope };
  return { audience: scope.slice(0, slash), permission: scope.slice(slash + 1) };
}

function form(request: RecordedRequest): Record<string, string> {
  const body = request.body;
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

async function clientCredentials(state: FakeEntraState, tenantId: string, params: Record<string, string>): Promise<FakeResponse> {
  const scope = params.scope ?? '';
  if (!scope.endsWith('/.default')) {
    return entraError(400, 'invalid_scope', 1002012, 'Client credential flows must have a scope value with /.default suffixed.');
  }
  const audience = scope.slice(0, -'/.default'.length);
  const accessToken = await state.tokens.sign(
    {
      aud: audience,
      tid: tenantId,
      oid: state.servicePrincipalId,
      extra: { idtyp: 'app', appid: state.clientId, roles: ['User.Read.All', 'Sites.ReadWrite.All'] },
    },
    { expiresInSeconds: state.tokenLifetimeSeconds },
  );
  state.issued.push({ grantType: 'client_credentials', accessToken, audience, expiresAt: Date.now() + state.tokenLifetimeSeconds * 1000 });
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: state.tokenLifetimeSeconds,
      ext_expires_in: state.tokenLifetimeSeconds,
      access_token: accessToken,
    },
  };
}

async function onBehalfOf(state: FakeEntraState, tenantId: string, params: Record<string, string>): Promise<FakeResponse> {
  if (params.requested_token_use !== 'on_behalf_of' || !params.assertion) {
    return entraError(400, 'invalid_request', 900144, "The request body must contain the parameter 'assertion'.");
  }
  let user: { oid: string; tid: string; name?: string; preferredUsername?: string };
  try {
    const { payload } = await jwtVerify(params.assertion, state.tokens.keySet, {
      audience: state.clientId,
      issuer: state.tokens.issuer(tenantId),
    });
    if (typeof payload.oid !== 'string') throw new Error('the assertion has no oid');
    user = {
      oid: payload.oid,
      tid: tenantId,
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      ...(typeof payload.preferred_username === 'string' ? { preferredUsername: payload.preferred_username } : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return entraError(400, 'invalid_grant', 50013, `Assertion failed signature validation or is not for this application (${reason}).`);
  }
  const scopes = (params.scope ?? '').split(' ').filter((scope) => scope && !OIDC_SCOPES.has(scope));
  const first = scopes[0];
  if (!first) return entraError(400, 'invalid_scope', 70011, 'The provided request must include a resource scope.');
  const { audience } = resourceOf(first);
  const scp = scopes.map((scope) => resourceOf(scope).permission).join(' ');
  const claims = { oid: user.oid, tid: user.tid, name: user.name, preferred_username: user.preferredUsername };
  const accessToken = await state.tokens.sign({ ...claims, aud: audience, scp }, { expiresInSeconds: state.tokenLifetimeSeconds });
  const idToken = await state.tokens.sign({ ...claims, aud: state.clientId }, { expiresInSeconds: state.tokenLifetimeSeconds });
  state.issued.push({
    grantType: 'on_behalf_of',
    accessToken,
    audience,
    userObjectId: user.oid,
    expiresAt: Date.now() + state.tokenLifetimeSeconds * 1000,
  });
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: scopes.join(' '),
      expires_in: state.tokenLifetimeSeconds,
      ext_expires_in: state.tokenLifetimeSeconds,
      access_token: accessToken,
      refresh_token: `fake-refresh-${randomUUID()}`,
      id_token: idToken,
      ...(params.client_info === '1'
        ? { client_info: Buffer.from(JSON.stringify({ uid: user.oid, utid: user.tid })).toString('base64url') }
        : {}),
    },
  };
}

export function entraRoutes(state: FakeEntraState): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/([^/]+)\/oauth2\/v2\.0\/token$/,
      handle: async (request, [tenantId = '']) => {
        if (tenantId !== state.tokens.tenantId) {
          return entraError(400, 'invalid_tenant', 90002, `Tenant '${tenantId}' not found.`);
        }
        const params = form(request);
        if (params.client_id !== state.clientId) {
          return entraError(400, 'unauthorized_client', 700016, `Application '${params.client_id}' was not found in the directory.`);
        }
        if (params.client_secret !== state.clientSecret) {
          return entraError(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
        }
        if (params.grant_type === 'client_credentials') return clientCredentials(state, tenantId, params);
        if (params.grant_type === JWT_BEARER) return onBehalfOf(state, tenantId, params);
        return entraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${params.grant_type}'.`);
      },
    },
    {
      method: 'GET',
      pattern: /^\/([^/]+)\/discovery\/v2\.0\/keys$/,
      handle: () => ({ status: 200, body: state.tokens.jwks }),
    },
  ];
}

/** What MSAL's `authorityMetadata` expects: the tenant's OpenID configuration, endpoints here. */
export function authorityMetadata(baseUrl: string, tenantId: string, issuerHost = REAL_AUTHORITY_HOST): string {
  return JSON.stringify({
    token_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${baseUrl}/${tenantId}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${issuerHost}/${tenantId}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${baseUrl}/${tenantId}/oauth2/v2.0/logout`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    cloud_instance_name: 'microsoftonline.com',
    msgraph_host: 'graph.microsoft.com',
  });
}

/** What MSAL's `cloudDiscoveryMetadata` expects: the instance-discovery answer for the real cloud. */
export function cloudDiscoveryMetadata(tenantId: string): string {
  return JSON.stringify({
    tenant_discovery_endpoint: `${REAL_AUTHORITY_HOST}/${tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
      },
    ],
  });
}
