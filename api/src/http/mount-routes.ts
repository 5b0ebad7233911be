import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { AppError } from '../domain/shared/app-error.js';
import { fieldErrorsFrom } from '../domain/shared/zod-field-errors.js';
import type { Actor } from '../domain/shared/actor.js';
import type { AnyRoute } from './route.js';

type Part = 'params' | 'query' | 'body';

function parsePart<T>(part: Part, schema: z.ZodType<T> | undefined, value: unknown): T | undefined {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const errors = fieldErrorsFrom(part, parsed.error);
    throw new AppError('bad-request', errors.length === 1 ? `${errors[0]!.field} ${errors[0]!.message}` : `${errors.length} fields are not valid`, errors);
  }
  return parsed.data;
}

function readBody(route: AnyRoute, req: Request): unknown {
  if (route.bodyType === 'text/csv') {
    if (!req.is('text/csv')) {
      throw new AppError('unsupported-media-type', 'Send the staff list as a CSV file (Content-Type: text/csv).', [
        { field: 'body', message: 'must be a CSV file' },
      ]);
    }
    return typeof req.body === 'string' ? req.body : '';
  }
  return req.body ?? {};
}

async function handle(route: AnyRoute, req: Request, res: Response): Promise<void> {
  const actor = res.locals.actor as Actor | undefined;
  if (route.access === 'signed-in' && !actor) {
    throw new AppError('unauthenticated', 'Sign in to use Digital Culture Hub.');
  }
  const params = parsePart('params', route.params, req.params);
  const query = parsePart('query', route.query, req.query);
  const body = route.body ? parsePart('body', route.body, readBody(route, req)) : undefined;
  const result = await route.handle({ actor: actor as Actor, params: params as never, query: query as never, body: body as never, req, res });
  if (res.headersSent) return;
  if (route.response) res.status(200).json(result);
  else res.status(204).end();
}

export function mountRoutes(router: Router, routes: AnyRoute[]): void {
  for (const route of routes) {
    router[route.method](route.path, (req, res) => handle(route, req, res));
  }
}
