import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';
import { AppError } from '../../api/src/domain/shared/app-error.js';
import { createEntraTokenValidator, type EntraTokenValidator } from '../../api/src/m365/token-validator.js';
import { createEntraTokens, OTHER_TENANT_ID, type EntraTokens } from '../fakes/entra-tokens.js';
import { startFakeMicrosoftCloud, type FakeMicrosoftCloud } from '../fakes/fake-microsoft-cloud.js';
import { guardOutboundFetch, type OutboundGuard } from '../fakes/outbound-guard.js';

let entra: EntraTokens;
let validator: EntraTokenValidator;

beforeAll(async () => {
  entra = await createEntraTokens();
  validator = createEntraTokenValidator({
    ...entra.validatorOptions(),
    audiences: [`api://hub.council.example/${entra.clientId}`],
    jwks: entra.keySet,
  });
});

async function rejection(token: string, against: EntraTokenValidator = validator): Promise<AppError> {
  const error = await against.validate(token).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('createEntraTokenValidator: tokens it accepts', () => {
  it("accepts a valid Entra v2 token for the app and returns the user's object id, tenant, name and username", async () => {
    const token = await entra.valid({ oid: '11111111-2222-4333-8444-555555555555', name: 'Asha Patel', preferred_username: 'asha.patel@council.example' });

    await expect(validator.validate(token)).resolves.toEqual({
      oid: '11111111-2222-4333-8444-555555555555',
      tid: entra.tenantId,
      name: 'Asha Patel',
      preferredUsername: 'asha.patel@council.example',
    });
  });

  it('accepts the Application ID URI given in audiences as well as the client id', async () => {
    const token = await entra.valid({ aud: `api://hub.council.example/${entra.clientId}` });

    await expect(validator.validate(token)).resolves.toMatchObject({ tid: entra.tenantId });
  });

  it('accepts a token whose expiry passed less than 60 seconds ago (clock skew)', async () => {
    const token = await entra.sign({}, { expiresInSeconds: -30 });

    await expect(validator.validate(token)).resolves.toMatchObject({ tid: entra.tenantId });
  });

  it('accepts a token from any tenant in allowedTenants', async () => {
    const multiTenant = createEntraTokenValidator({
      ...entra.validatorOptions(),
      allowedTenants: [entra.tenantId, OTHER_TENANT_ID],
      jwks: entra.keySet,
    });

    await expect(multiTenant.validate(await entra.wrongTenant())).resolves.toMatchObject({ tid: OTHER_TENANT_ID });
  });
});

describe('createEntraTokenValidator: tokens it rejects as unauthenticated', () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ['signed by a key that is not the tenant’s (forged)', () => entra.forged(), /signature/],
    ['that has expired', () => entra.expired(), /expired/],
    ['issued for another application (wrong audience)', () => entra.wrongAudience(), /another application/],
    ['issued by a tenant that is not allowed', () => entra.wrongTenant(), /tenant/],
    ['issued by another issuer than Entra v2 for its tenant', () => entra.wrongIssuer(), /issuer/],
    ['without an oid claim', () => entra.withoutObjectId(), /oid/],
    ['that only becomes valid in ten minutes', () => entra.sign({}, { notBeforeInSeconds: 600 }), /not valid yet/],
    ['without an expiry', () => entra.sign({}, { omit: ['exp'] }), /exp/],
    ['naming an allowed tenant but carrying the issuer of another', () => entra.sign({ iss: entra.issuer(OTHER_TENANT_ID) }), /issuer/],
    ['that is app-only (client credentials: roles, no scp)', () => entra.appOnly(), /delegated/],
    ['of a user, for another permission than the tab’s', () => entra.sign({ scp: 'User.Read Files.Read' }), /access_as_user scope/],
    ['whose scp only contains the tab’s scope as part of a longer word', () => entra.sign({ scp: 'access_as_user_admin' }), /access_as_user scope/],
  ];

  it.each(cases)('rejects a token %s', async (_description, makeToken, reason) => {
    const token = await makeToken();

    const error = await rejection(token);

    expect(error.code).toBe('unauthenticated');
    expect(error.status).toBe(401);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain(token);
  });

  it('rejects a token signed with a shared secret (HS256) instead of the tenant key', async () => {
    const token = await new SignJWT({ oid: 'x', tid: entra.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(entra.clientId)
      .setIssuer(entra.issuer())
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough-for-hs256'));

    await expect(rejection(token)).resolves.toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/algorithm/) });
  });

  it('rejects an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT({ oid: 'x', tid: entra.tenantId, aud: entra.clientId, iss: entra.issuer() }).setExpirationTime('1h').encode();

    await expect(rejection(token)).resolves.toMatchObject({ code: 'unauthenticated' });
  });

  it.each([[''], ['not-a-token'], ['a.b.c']])('rejects %j as not a well-formed JWT', async (token) => {
    await expect(rejection(token)).resolves.toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/well-formed/) });
  });
});

describe('createEntraTokenValidator: signing keys from the authority', () => {
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

  it('fetches the keys from {authorityHost}/common/discovery/v2.0/keys by default', async () => {
    // The fake is the authority here, so its tokens carry its own address as issuer.
    const fromAuthority = createEntraTokenValidator({ ...cloud.tokens.validatorOptions(), authorityHost: cloud.url });
    const token = await cloud.tokens.valid({ iss: `${cloud.url}/${cloud.tenantId}/v2.0` });

    await expect(fromAuthority.validate(token)).resolves.toMatchObject({ tid: cloud.tenantId });
    expect(cloud.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /common/discovery/v2.0/keys']);
    expect(outbound.blocked).toEqual([]);
  });

  it('reports keys that cannot be loaded as unavailable, not as a bad token', async () => {
    const tokens = await createEntraTokens({ authorityHost: 'https://localhost:1' });
    const unreachable = createEntraTokenValidator({ ...tokens.validatorOptions() });

    await expect(rejection(await tokens.valid(), unreachable)).resolves.toMatchObject({ code: 'unavailable' });
  });
});
