import type { CookieOptions } from 'express';
import { PersonaDirectory, PersonaQuery, SignInRequest } from '../../contracts/dev-sign-in.js';
import { listPersonas, signIn, signOut, type DevSignInDeps } from '../../domain/directory/dev-sign-in.js';
import { SESSION_COOKIE } from '../authenticate.js';
import { defineRoute } from '../route.js';

/** Mounted only when dev sign-in is enabled, which the configuration forbids in production. */
export function devSignInRoutes(deps: DevSignInDeps, options: { secureCookies: boolean }) {
  const cookie: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/' };
  return [
    defineRoute({
      method: 'get',
      path: '/api/dev/personas',
      tag: 'Local sign-in',
      summary: 'Local mode: the demo people to sign in as, grouped by role',
      access: 'public',
      query: PersonaQuery,
      response: PersonaDirectory,
      handle: ({ query }) => listPersonas(deps, query.q || undefined),
    }),
    defineRoute({
      method: 'post',
      path: '/api/dev/sign-in',
      tag: 'Local sign-in',
      summary: 'Local mode: sign in as a demo person (sets a session cookie)',
      access: 'public',
      rateLimit: 'sign-in',
      body: SignInRequest,
      problems: [422],
      handle: async ({ body, res }) => {
        const session = await signIn(deps, body.personId);
        // Max-Age, not Expires: the browser's clock need not agree with the server's.
        const maxAge = session.expiresAt.getTime() - deps.clock.now().getTime();
        res.cookie(SESSION_COOKIE, session.token, { ...cookie, maxAge });
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/dev/sign-out',
      tag: 'Local sign-in',
      summary: 'Local mode: end the session',
      access: 'public',
      handle: async ({ req, res }) => {
        const token: unknown = req.cookies?.[SESSION_COOKIE];
        if (typeof token === 'string') await signOut(deps, token);
        res.clearCookie(SESSION_COOKIE, cookie);
        return undefined;
      },
    }),
  ];
}
