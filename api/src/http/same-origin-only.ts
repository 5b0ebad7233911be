import type { Request, RequestHandler } from 'express';
import { AppError } from '../domain/shared/app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Fetch metadata values a browser sets on a request that a page of this same origin made. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

function isOwnOrigin(origin: string, req: Request, publicHost: string): boolean {
  if (!URL.canParse(origin)) return false;
  const { host } = new URL(origin);
  return host === publicHost || host === req.get('host');
}

/**
 * Refuses a change that a page of another site, or of another port of this one, made a
 * browser send with the hub's session cookie (cross-site request forgery).
 *
 * Browsers send `Origin` with every POST, PUT, PATCH and DELETE, and `Sec-Fetch-Site` with
 * every request, so a forged request always carries one of them naming elsewhere (or
 * `Origin: null`). A request carrying neither did not come from a browser, so it holds no
 * cookie it was not given; tokens in an `Authorization` header are never sent by a browser
 * unasked. The API answers no CORS preflight, so no other page can add headers either.
 */
export function sameOriginOnly(publicUrl: string): RequestHandler {
  const publicHost = new URL(publicUrl).host;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const fetchSite = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const foreign = (fetchSite !== undefined && !OWN_FETCH_SITES.has(fetchSite)) || (origin !== undefined && !isOwnOrigin(origin, req, publicHost));
    if (foreign) {
      throw new AppError('forbidden', 'This change was sent from another site. Make it from the Digital Culture Hub itself.', [
        { field: 'headers.origin', message: 'must be this site' },
      ]);
    }
    next();
  };
}
