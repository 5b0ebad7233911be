import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { AppError } from '../domain/shared/app-error.js';

/**
 * Validates the Microsoft Entra ID v2 access tokens that the tab (SSO) and other clients
 * send to the API. Every rejection is an `unauthenticated` AppError with a short reason;
 * neither the token nor its claims ever appear in the message, so it is safe to log.
 */

export interface EntraTokenValidatorOptions {
  /** The API's application (client) id: the audience of tokens issued for it. */
  clientId: string;
  /** Further accepted audiences, typically the Application ID URI `api://{host}/{clientId}`. */
  audiences?: string[];
  /** Tenants whose users may call the API. */
  allowedTenants: string[];
  /** e.g. `https://login.microsoftonline.com`; the v2 issuer is `${authorityHost}/${tid}/v2.0`. */
  authorityHost: string;
  /** The signing keys; by default the authority's published JWKS, fetched and cached by jose. */
  jwks?: JWTVerifyGetKey;
  /** The delegated permission the tab asks for; a token must carry it in `scp`. */
  requiredScope?: string;
}

/** The scope the app registration exposes for the tab's single sign-on ("Expose an API"). */
export const TAB_SCOPE = 'access_as_user';

export interface ValidatedEntraToken {
  oid: string;
  tid: string;
  name?: string;
  preferredUsername?: string;
}

export interface EntraTokenValidator {
  validate(token: string): Promise<ValidatedEntraToken>;
}

/** Leeway for clock drift between Entra's servers and ours, kept short so expired tokens stay expired. */
const CLOCK_TOLERANCE_SECONDS = 60;

const entraClaimsSchema = z.object({
  oid: z.string().min(1),
  tid: z.string().min(1),
  iss: z.string().min(1),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  scp: z.string().optional(),
});

function reject(reason: string): AppError {
  return new AppError('unauthenticated', `The access token was rejected: ${reason}.`);
}

/** Turns what jose reports into a short reason; key-set outages are ours, not the caller's fault. */
function explainVerificationFailure(error: unknown): AppError {
  if (error instanceof errors.JWTExpired) return reject('it has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return reject('it was issued for another application');
    if (error.claim === 'nbf') return reject('it is not valid yet');
    return reject(`the ${error.claim} claim is ${error.reason === 'missing' ? 'missing' : 'not valid'}`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return reject('its signature is not valid');
  if (error instanceof errors.JWKSNoMatchingKey) return reject('it was not signed by a key of the identity provider');
  if (error instanceof errors.JOSEAlgNotAllowed) return reject('its signing algorithm is not accepted');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return reject('it is not a well-formed JWT');
  const keySetUnavailable =
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    // jose reports a key-set endpoint answering other than 200 OK as a generic error.
    (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') ||
    !(error instanceof errors.JOSEError);
  if (keySetUnavailable) {
    return new AppError('unavailable', 'The identity provider signing keys could not be loaded; try again shortly.');
  }
  return reject('it could not be verified');
}

export function createEntraTokenValidator(options: EntraTokenValidatorOptions): EntraTokenValidator {
  const authorityHost = options.authorityHost.replace(/\/$/, '');
  const jwks = options.jwks ?? createRemoteJWKSet(new URL(`${authorityHost}/common/discovery/v2.0/keys`));
  const audiences = [options.clientId, ...(options.audiences ?? [])];
  const allowedTenants = new Set(options.allowedTenants.map((tenant) => tenant.toLowerCase()));
  const requiredScope = options.requiredScope ?? TAB_SCOPE;

  return {
    async validate(token) {
      if (typeof token !== 'string' || token.split('.').length !== 3) throw reject('it is not a well-formed JWT');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          algorithms: ['RS256'],
          audience: audiences,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp', 'iss', 'tid', 'oid'],
        }));
      } catch (error) {
        throw explainVerificationFailure(error);
      }
      const claims = entraClaimsSchema.safeParse(payload);
      if (!claims.success) throw reject('it lacks the user claims oid and tid');
      const { oid, tid, iss, scp } = claims.data;
      // An app-only token (client credentials) has roles and no scp: it acts for no person,
      // so it may not act as one. A user's token for another purpose lacks the tab's scope.
      if (scp === undefined) throw reject('it is not a user’s delegated token');
      if (!scp.split(' ').includes(requiredScope)) throw reject(`it does not carry the ${requiredScope} scope`);
      if (!allowedTenants.has(tid.toLowerCase())) throw reject('its tenant is not allowed to use this app');
      // Multi-tenant apps trust the tenant named in the token only if the issuer agrees with it.
      if (iss !== `${authorityHost}/${tid}/v2.0`) throw reject('it was not issued by the expected Entra ID v2 issuer');
      return {
        oid,
        tid,
        ...(claims.data.name === undefined ? {} : { name: claims.data.name }),
        ...(claims.data.preferred_username === undefined ? {} : { preferredUsername: claims.data.preferred_username }),
      };
    },
  };
}
