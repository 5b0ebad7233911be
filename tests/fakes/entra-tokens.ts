import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
} from 'jose';

/**
 * Signs Microsoft Entra ID v2 access tokens for tests: the real kind the API accepts and
 * each kind it must refuse. The fake Microsoft cloud issues its tokens with the same key,
 * so a token from its token endpoint and one signed here are indistinguishable.
 *
 *   const entra = await createEntraTokens();
 *   const validator = createEntraTokenValidator({ ...entra.validatorOptions(), jwks: entra.keySet });
 *   await request(app).get('/api/me').set('authorization', `Bearer ${await entra.expired()}`) // → 401
 */

export const TEST_TENANT_ID = '7d3f8a52-1c4e-4b6a-9f2d-0e5b8c1a3d47';
export const OTHER_TENANT_ID = 'c2a9e4f1-6b3d-4a8e-8d5c-91f07b2e6a35';
export const TEST_CLIENT_ID = '3b8e1f6a-9d2c-4e57-a1b4-6c0d9e8f2a71';
export const TEST_USER_OBJECT_ID = '5e0c7a19-2f4b-4d83-b6e1-a9c3d5f7084b';
export const REAL_AUTHORITY_HOST = 'https://login.microsoftonline.com';

export interface EntraTokensOptions {
  tenantId?: string;
  clientId?: string;
  /** Issuer host of the tokens; the real one unless a test points the validator elsewhere. */
  authorityHost?: string;
}

/** Claims of one test token. Anything left out gets a realistic default. */
export interface TestTokenClaims {
  oid?: string;
  tid?: string;
  aud?: string;
  iss?: string;
  name?: string;
  preferred_username?: string;
  scp?: string;
  /** Any further claims, e.g. `roles` or `appid`. */
  extra?: Record<string, unknown>;
}

export interface TestTokenTiming {
  /** Seconds from now until `exp`; negative for a token that has already expired. */
  expiresInSeconds?: number;
  /** Seconds from now until `nbf`; positive for a token that is not valid yet. */
  notBeforeInSeconds?: number;
}

export interface SignOptions extends TestTokenTiming {
  /** Claims to leave out entirely, to test that a required claim is enforced. */
  omit?: Array<'oid' | 'tid' | 'aud' | 'iss' | 'exp' | 'nbf' | 'scp' | 'name' | 'preferred_username'>;
  /** Sign with a key the tenant's JWKS does not publish (a forged token). */
  signedBy?: 'tenant' | 'foreign';
  /** Override the `kid` header, e.g. to point a forged token at the tenant's real key id. */
  kid?: string;
}

export interface EntraTokens {
  readonly tenantId: string;
  readonly clientId: string;
  readonly authorityHost: string;
  /** The public keys, as `/common/discovery/v2.0/keys` serves them. */
  readonly jwks: JSONWebKeySet;
  /** The same keys as a jose key-set function, for `createEntraTokenValidator({ jwks })`. */
  readonly keySet: ReturnType<typeof createLocalJWKSet>;
  /** The v2 issuer of a tenant: `${authorityHost}/${tenantId}/v2.0`. */
  issuer(tenantId?: string): string;
  /** Everything `createEntraTokenValidator` needs to trust these tokens, except `jwks`. */
  validatorOptions(): { clientId: string; allowedTenants: string[]; authorityHost: string };
  /** Any token: the claims given, realistic defaults for the rest. */
  sign(claims?: TestTokenClaims, options?: SignOptions): Promise<string>;
  /** A token the API must accept. */
  valid(claims?: TestTokenClaims): Promise<string>;
  /** Expired an hour ago (well outside any clock tolerance). */
  expired(claims?: TestTokenClaims): Promise<string>;
  /** Issued for another application. */
  wrongAudience(claims?: TestTokenClaims): Promise<string>;
  /** Issued by a tenant that is not allowed, with that tenant's own (consistent) issuer. */
  wrongTenant(claims?: TestTokenClaims): Promise<string>;
  /** An allowed tenant id, but an issuer that is not Entra's v2 issuer for it. */
  wrongIssuer(claims?: TestTokenClaims): Promise<string>;
  /** Signed by a key that is not the tenant's, with the tenant's key id in its header. */
  forged(claims?: TestTokenClaims): Promise<string>;
  /** A well-formed token without the `oid` claim. */
  withoutObjectId(claims?: TestTokenClaims): Promise<string>;
  /** What a daemon gets with client credentials: the app's own object id, `roles`, `idtyp: app`, no `scp`. */
  appOnly(claims?: TestTokenClaims): Promise<string>;
}

interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function createKeyPair(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  return { kid, privateKey, publicJwk };
}

export async function createEntraTokens(options: EntraTokensOptions = {}): Promise<EntraTokens> {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const clientId = options.clientId ?? TEST_CLIENT_ID;
  const authorityHost = (options.authorityHost ?? REAL_AUTHORITY_HOST).replace(/\/$/, '');
  const tenantKey = await createKeyPair();
  const foreignKey = await createKeyPair();
  const jwks: JSONWebKeySet = { keys: [tenantKey.publicJwk] };
  const issuer = (tid = tenantId): string => `${authorityHost}/${tid}/v2.0`;

  async function sign(claims: TestTokenClaims = {}, signOptions: SignOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const tid = claims.tid ?? tenantId;
    const payload: JWTPayload & Record<string, unknown> = {
      aud: claims.aud ?? clientId,
      iss: claims.iss ?? issuer(tid),
      iat: now - 60,
      nbf: now + (signOptions.notBeforeInSeconds ?? -60),
      exp: now + (signOptions.expiresInSeconds ?? 3600),
      oid: claims.oid ?? TEST_USER_OBJECT_ID,
      tid,
      sub: randomUUID(),
      ver: '2.0',
      name: claims.name ?? 'Test Person',
      preferred_username: claims.preferred_username ?? 'test.person@council.example',
      scp: claims.scp ?? 'access_as_user',
      azp: clientId,
      ...claims.extra,
    };
    for (const claim of signOptions.omit ?? []) delete payload[claim];
    const key = signOptions.signedBy === 'foreign' ? foreignKey : tenantKey;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: signOptions.kid ?? key.kid })
      .sign(key.privateKey);
  }

  return {
    tenantId,
    clientId,
    authorityHost,
    jwks,
    keySet: createLocalJWKSet(jwks),
    issuer,
    validatorOptions: () => ({ clientId, allowedTenants: [tenantId], authorityHost }),
    sign,
    valid: (claims) => sign(claims),
    expired: (claims) => sign(claims, { expiresInSeconds: -3600, notBeforeInSeconds: -7200 }),
    wrongAudience: (claims) => sign({ aud: randomUUID(), ...claims }),
    wrongTenant: (claims) => sign({ tid: OTHER_TENANT_ID, ...claims }),
    wrongIssuer: (claims) => sign({ iss: `https://sts.windows.net/${tenantId}/`, ...claims }),
    forged: (claims) => sign(claims, { signedBy: 'foreign', kid: tenantKey.kid }),
    withoutObjectId: (claims) => sign(claims, { omit: ['oid'] }),
    appOnly: (claims = {}) =>
      sign({ ...claims, extra: { roles: ['User.Read.All'], idtyp: 'app', ...claims.extra } }, { omit: ['scp', 'name', 'preferred_username'] }),
  };
}
