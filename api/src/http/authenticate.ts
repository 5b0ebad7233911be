import type { RequestHandler } from 'express';
import type { Actor } from '../domain/shared/actor.js';
import { AppError } from '../domain/shared/app-error.js';

export const SESSION_COOKIE = 'hub_session';

export interface AuthenticateDeps {
  /** Validates a Microsoft Entra access token (Teams SSO); absent when Entra is not configured. */
  validateBearer: ((token: string) => Promise<{ oid: string }>) | undefined;
  /** The dev sign-in's session lookup; absent unless dev sign-in is enabled (never in production). */
  sessionPerson: ((token: string) => Promise<string | undefined>) | undefined;
  resolveActor(key: { personId: string } | { entraObjectId: string }): Promise<Actor>;
}

/**
 * Puts the Actor on res.locals when the request proves who it is. Routes decide whether
 * they need one; a credential that is present but wrong is always refused.
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
      res.locals.actor = await deps.resolveActor({ entraObjectId: claims.oid });
      return next();
    }
    const sessionToken: unknown = req.cookies?.[SESSION_COOKIE];
    if (deps.sessionPerson && typeof sessionToken === 'string' && sessionToken.length > 0) {
      const personId = await deps.sessionPerson(sessionToken);
      if (personId) res.locals.actor = await deps.resolveActor({ personId });
    }
    next();
  };
}
