import { z } from 'zod';
import '../contracts/common.js';
import { rateLimitOf, type AnyRoute } from './route.js';

/**
 * The OpenAPI 3.1 document, generated from the same route declarations and zod contracts
 * the server validates with, so councils can integrate their HR systems against it.
 */

type JsonSchema = Record<string, unknown>;
const uri = (id: string): string => `#/components/schemas/${id}`;

function idOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

function inline(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function reference(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = idOf(schema);
  return id ? { $ref: uri(id) } : inline(schema, io);
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, property]) => {
    const described = inline(property, 'input');
    return {
      name,
      in: location,
      required: location === 'path' || !property.safeParse(undefined).success,
      ...(typeof described.description === 'string' ? { description: described.description } : {}),
      schema: described,
    };
  });
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed; `errors` names each field',
  401: 'No valid credentials (a Microsoft Entra access token, or a local sign-in session)',
  403: 'Not allowed: signed in without the right to do this, or a change sent from another site',
  404: 'No such record',
  409: 'The record is not in a state that allows this',
  413: 'The request body is too large',
  415: 'The body is not of the type this operation reads',
  422: 'The content is not valid; `errors` names each field (and line and column for files)',
  429: 'Too many of these requests for now; `Retry-After` says how many seconds to wait',
  500: 'Something went wrong on the server',
  503: 'A dependency is unavailable; try again later',
};

function operation(route: AnyRoute): JsonSchema {
  const problemStatuses = new Set<number>([400, 500, ...(route.problems ?? [])]);
  if (route.access === 'signed-in') problemStatuses.add(401);
  // A change sent from another site is refused (see same-origin-only.ts).
  if (route.method !== 'get') problemStatuses.add(403);
  if (route.body) [413, 415].forEach((status) => problemStatuses.add(status));
  if (rateLimitOf(route)) problemStatuses.add(429);

  const file = { schema: { type: 'string', format: 'binary' } };
  const responses: Record<string, JsonSchema> = route.download
    ? { '200': { description: 'The file', content: Object.fromEntries(route.download.map((type) => [type, file])) } }
    : route.response
      ? { '200': { description: 'OK', content: { 'application/json': { schema: reference(route.response, 'output') } } } }
      : { '204': { description: 'Done' } };
  for (const status of [...problemStatuses].sort()) {
    responses[String(status)] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
      content: { 'application/problem+json': { schema: { $ref: uri('Problem') } } },
    };
  }
  return {
    operationId: `${route.method}${route.path.replace(/[/:{}-]+(\w)/g, (_, char: string) => char.toUpperCase())}`,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(route.access === 'signed-in' ? { security: [{ entraToken: [] }, { localSession: [] }] } : { security: [] }),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? { requestBody: { required: true, content: { [route.bodyType ?? 'application/json']: { schema: reference(route.body, 'input') } } } }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(routes: AnyRoute[], info: { version: string; serverUrl: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  // Every contract with an id becomes a named component (Problem among them).
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri, unrepresentable: 'any' });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Digital Culture Hub API',
      version: info.version,
      description: 'The REST API behind the Digital Culture Hub Teams app: the same rules apply to the tab, the bot and any integration.',
    },
    servers: [{ url: info.serverUrl }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        entraToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Microsoft Entra ID v2 access token for this app' },
        localSession: { type: 'apiKey', in: 'cookie', name: 'hub_session', description: 'Local mode only: the dev sign-in session' },
      },
    },
  };
}
