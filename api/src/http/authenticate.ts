import type { RequestHandler, Response } from 'express';
import type { Person } from '../domain/directory/person.js';
import type { SignedIn } from '../domain/directory/resolve-actor.js';
import { AppError } from '../domain/shared/app-error.js';

export const SESSION_COOKIE = 'hub_session';

export interface AuthenticateDeps {
  /** Validates a Microsoft Entra access token (Teams SSO); absent when Entra is not configured. */
  validateBearer: ((token: string) => Promise<{ oid: string }>) | undefined;
  /** Who a dev sign-in session acts for; absent unless dev sign-in is enabled (never in production). */
  sessionSignedIn: ((token: string) => Promise<SignedIn | undefined>) | undefined;
  resolveSignedIn(key: { entraObjectId: string }): Promise<SignedIn>;
}

function keep(res: Response, signedIn: SignedIn): void {
  res.locals.actor = signedIn.actor;
  res.locals.person = signedIn.person;
}

/** The signed-in person's directory entry, read with the actor (see `authenticate`). */
export function signedInPerson(res: Response): Person | undefined {
  return res.locals.person as Person | undefined;
}

/**
 * Puts the Actor (and their directory entry) on res.locals when the request proves who it
 * is, in one query. Routes decide whether they need one; a credential that is present but
 * wrong is always refused.
 */
export function authenticate(deps: AuthenticateDeps): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token || !deps.validateBearer) {
        throw new AppError('unauthenticated', 'The Authorization header must carry a Microsoft Entra access token.');
      }
      const claims = await deps.validateBearer(token);
      keep(res, await deps.resolveSignedIn({ entraObjectId: claims.oid }));
      return next();
    }
    const sessionToken: unknown = req.cookies?.[SESSION_COOKIE];
    if (deps.sessionSignedIn && typeof sessionToken === 'string' && sessionToken.length > 0) {
      const signedIn = await deps.sessionSignedIn(sessionToken);
      if (signedIn) keep(res, signedIn);
    }
    next();
  };
}
