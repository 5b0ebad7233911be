import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { AppError } from '../../api/src/domain/shared/app-error.js';
import { createAppTokenProvider, type AppTokenProvider } from '../../api/src/m365/msal-token-provider.js';
import { startFakeMicrosoftCloud, type FakeMicrosoftCloud } from '../fakes/fake-microsoft-cloud.js';
import { guardOutboundFetch, type OutboundGuard } from '../fakes/outbound-guard.js';

let cloud: FakeMicrosoftCloud;
let outbound: OutboundGuard;

beforeAll(async () => {
  cloud = await startFakeMicrosoftCloud();
  outbound = guardOutboundFetch([cloud.url]);
});

afterAll(async () => {
  outbound.restore();
  await cloud.close();
});

beforeEach(() => {
  cloud.resetRecording();
});

function provider(overrides: { clientSecret?: string } = {}): AppTokenProvider {
  return createAppTokenProvider({ ...cloud.entraConfig(), ...overrides }, cloud.msalOptions());
}

describe('createAppTokenProvider: app-only tokens for Microsoft Graph', () => {
  it('gets a Graph token by client credentials from the tenant token endpoint, sending the app id and secret', async () => {
    const token = await provider().getGraphToken();

    expect(cloud.tokenRequests()).toHaveLength(1);
    const [request] = cloud.tokenRequests();
    expect(request?.path).toBe(`/${cloud.tenantId}/oauth2/v2.0/token`);
    expect(request?.body).toMatchObject({
      grant_type: 'client_credentials',
      client_id: cloud.clientId,
      client_secret: cloud.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(cloud.issuedTokens.map((issued) => issued.accessToken)).toContain(token);
    expect(decodeJwt(token)).toMatchObject({ aud: 'https://graph.microsoft.com', tid: cloud.tenantId });
  });

  it('answers later calls from its cache instead of asking Entra ID again', async () => {
    const tokens = provider();

    const first = await tokens.getGraphToken();
    const second = await tokens.getGraphToken();

    expect(second).toBe(first);
    expect(cloud.tokenRequests()).toHaveLength(1);
  });

  it('asks Entra ID for a new token when the cached one expires sooner than the caller requires', async () => {
    const tokens = provider();

    const cached = await tokens.getGraphToken();
    const longerLived = await tokens.getGraphToken({ minimumValiditySeconds: 3600 + 60 });
    const reused = await tokens.getGraphToken({ minimumValiditySeconds: 60 });

    expect(longerLived).not.toBe(cached);
    expect(reused).toBe(longerLived);
    expect(cloud.tokenRequests()).toHaveLength(2);
  });

  it('fails with the Entra error code when the client secret is wrong', async () => {
    await expect(provider({ clientSecret: 'not-the-secret' }).getGraphToken()).rejects.toThrow(/invalid_client/);
  });

  it('refuses to start without a client secret', () => {
    expect(() => createAppTokenProvider({ ...cloud.entraConfig(), clientSecret: undefined })).toThrow(/ENTRA_CLIENT_SECRET/);
  });

  it('keeps the real authority but makes no discovery call: its only request goes to the configured token endpoint', async () => {
    await provider().getGraphToken();

    expect(outbound.blocked).toEqual([]);
    expect(cloud.unexpectedRequests).toEqual([]);
    expect(cloud.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /${cloud.tenantId}/oauth2/v2.0/token`,
    ]);
  });
});

describe('createAppTokenProvider: on-behalf-of tokens for the signed-in user', () => {
  it("exchanges the tab's SSO token for a Graph token acting as the same user", async () => {
    const ssoToken = await cloud.tokens.valid({ oid: '2b9d4e6f-0a1c-4e3b-8f5d-7c6a9e0b1d2f', name: 'Asha Patel' });

    const token = await provider().getOnBehalfOfToken(ssoToken, ['https://graph.microsoft.com/User.Read']);

    const [request] = cloud.tokenRequests();
    expect(request?.body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: ssoToken,
      client_id: cloud.clientId,
    });
    expect(decodeJwt(token)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      oid: '2b9d4e6f-0a1c-4e3b-8f5d-7c6a9e0b1d2f',
      scp: 'User.Read',
    });
    expect(cloud.issuedTokens).toContainEqual(expect.objectContaining({ grantType: 'on_behalf_of', accessToken: token }));
  });

  it('reuses the cached token for the same SSO token', async () => {
    const tokens = provider();
    const ssoToken = await cloud.tokens.valid();

    const first = await tokens.getOnBehalfOfToken(ssoToken, ['https://graph.microsoft.com/User.Read']);
    const second = await tokens.getOnBehalfOfToken(ssoToken, ['https://graph.microsoft.com/User.Read']);

    expect(second).toBe(first);
    expect(cloud.tokenRequests()).toHaveLength(1);
  });

  it('rejects an SSO token Entra ID will not exchange as unauthenticated, without echoing the token', async () => {
    const forged = await cloud.tokens.forged();

    const failure = provider().getOnBehalfOfToken(forged, ['https://graph.microsoft.com/User.Read']);

    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('invalid_grant') });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining(forged) });
  });
});
