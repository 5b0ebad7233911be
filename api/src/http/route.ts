import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '../domain/shared/actor.js';
import type { RateLimitName } from './rate-limits.js';

/**
 * One declaration per endpoint drives three things: request validation, the handler's
 * types, and the OpenAPI document. A route cannot be documented differently from how it
 * behaves.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Access = 'public' | 'signed-in';

export interface RouteContext<A extends Access, P, Q, B> {
  actor: A extends 'signed-in' ? Actor : Actor | undefined;
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
}

export interface RouteDefinition<A extends Access = Access, P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: HttpMethod;
  /** Express-style path (`/api/people/:id`); the OpenAPI document shows `{id}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: A;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Request bodies are JSON unless a route reads something else (a CSV file). */
  bodyType?: 'application/json' | 'text/csv';
  /** The most of a body this route reads; 1 MB unless it says otherwise. */
  bodyLimit?: `${number}mb` | `${number}kb`;
  /** Who may send this route a body: checked before any of it is read, so a large limit is only for them. */
  authoriseBody?: (actor: Actor) => void;
  /** The rate limit this route counts against; a download counts as an export unless it says otherwise. */
  rateLimit?: RateLimitName;
  /** Absent for 204 responses. Must carry a `.meta({ id })` so the document can refer to it. */
  response?: z.ZodType<R>;
  /** A file the handler writes to the response itself (an export): its media types, for the OpenAPI document. */
  download?: readonly string[];
  /** The problems this route can answer with, besides 400 and 500 (and 401 for signed-in routes). */
  problems?: (403 | 404 | 409 | 422 | 503)[];
  handle(context: RouteContext<A, P, Q, B>): Promise<R | undefined>;
}

export type AnyRoute = RouteDefinition<Access, never, never, never, unknown>;

/** The rate limit a route counts against, if any. */
export function rateLimitOf(route: AnyRoute): RateLimitName | undefined {
  return route.rateLimit ?? (route.download ? 'export' : undefined);
}

/** Keeps each route's types while letting routers export plain arrays of them. */
export function defineRoute<A extends Access, P = undefined, Q = undefined, B = undefined, R = undefined>(
  definition: RouteDefinition<A, P, Q, B, R>,
): AnyRoute {
  return definition as unknown as AnyRoute;
}
