import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import { AppError } from '../domain/shared/app-error.js';
import { fieldErrorsFrom } from '../domain/shared/zod-field-errors.js';
import type { Actor } from '../domain/shared/actor.js';
import { nulCharacterIn } from './nul-characters.js';
import type { RateLimitName, RateLimits } from './rate-limits.js';
import { rateLimitOf, type AnyRoute } from './route.js';

type Part = 'params' | 'query' | 'body';

function parsePart<T>(part: Part, schema: z.ZodType<T> | undefined, value: unknown): T | undefined {
  if (!schema) return undefined;
  const nul = nulCharacterIn(part, value);
  if (nul) throw new AppError('bad-request', `${nul} must not contain a NUL character`, [{ field: nul, message: 'must not contain a NUL character' }]);
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const errors = fieldErrorsFrom(part, parsed.error);
    throw new AppError('bad-request', errors.length === 1 ? `${errors[0]!.field} ${errors[0]!.message}` : `${errors.length} fields are not valid`, errors);
  }
  return parsed.data;
}

const DEFAULT_BODY_LIMIT = '1mb';

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** Each route reads its own body, of its own type and size, only once it knows who sent it. */
function bodyParserFor(route: AnyRoute): RequestHandler {
  const limit = route.bodyLimit ?? DEFAULT_BODY_LIMIT;
  return route.bodyType === 'text/csv' ? express.text({ type: 'text/csv', limit }) : express.json({ limit });
}

function refuseMediaType(message: string, expected: string): AppError {
  return new AppError('unsupported-media-type', message, [{ field: 'body', message: `must be ${expected}` }]);
}

async function readBody(route: AnyRoute, parser: RequestHandler, req: Request, res: Response): Promise<unknown> {
  if (route.bodyType === 'text/csv') {
    if (!req.is('text/csv')) throw refuseMediaType('Send the staff list as a CSV file (Content-Type: text/csv).', 'a CSV file');
  } else if (hasBody(req) && !req.is('application/json')) {
    // A form or text/plain post is never taken as an empty body: the API reads only JSON.
    throw refuseMediaType('Send the request body as JSON (Content-Type: application/json).', 'JSON');
  }
  await new Promise<void>((resolve, reject) => {
    parser(req, res, (error?: unknown) => (error ? reject(error) : resolve()));
  });
  const body: unknown = req.body;
  if (route.bodyType === 'text/csv') return typeof body === 'string' ? body : '';
  return body ?? {};
}

interface MountedRoute {
  route: AnyRoute;
  parser: RequestHandler;
  rateLimit: RateLimitName | undefined;
}

async function handle({ route, parser, rateLimit }: MountedRoute, rateLimits: RateLimits, req: Request, res: Response): Promise<void> {
  const actor = res.locals.actor as Actor | undefined;
  if (route.access === 'signed-in' && !actor) {
    throw new AppError('unauthenticated', 'Sign in to use Digital Culture Hub.');
  }
  const params = parsePart('params', route.params, req.params);
  const query = parsePart('query', route.query, req.query);
  if (rateLimit) await rateLimits.enforce(rateLimit, req, actor);
  if (actor && route.authoriseBody) route.authoriseBody(actor);
  const body = route.body ? parsePart('body', route.body, await readBody(route, parser, req, res)) : undefined;
  const result = await route.handle({ actor: actor as Actor, params: params as never, query: query as never, body: body as never, req, res });
  if (res.headersSent) return;
  if (route.response) res.status(200).json(result);
  else res.status(204).end();
}

export function mountRoutes(router: Router, routes: AnyRoute[], rateLimits: RateLimits): void {
  for (const route of routes) {
    const mounted: MountedRoute = { route, parser: bodyParserFor(route), rateLimit: rateLimitOf(route) };
    router[route.method](route.path, (req, res) => handle(mounted, rateLimits, req, res));
  }
}
