import { z } from 'zod';
import type { Actor } from '../../domain/shared/actor.js';
import { defineRoute, type AnyRoute } from '../route.js';

/** What differs between groups of settings offered over HTTP. */
export interface SettingsRoutesOptions<T> {
  path: string;
  tag: string;
  /** The settings as returned; carries its `.meta({ id })`. */
  response: z.ZodType<T>;
  /** OpenAPI id of the body, and what it holds (field names). */
  body: { id: string; description: string };
  /** Who may see and change them, as a sentence start such as "HR and administrators". */
  who: string;
  summaries: { get: string; put: string };
  get(actor: Actor): Promise<T>;
  update(actor: Actor, body: unknown): Promise<T>;
}

/** GET and PUT for one group of settings. */
export function settingsRoutes<T>(options: SettingsRoutesOptions<T>): AnyRoute[] {
  // Checked field by field in the use case, so every problem comes back as a 422 naming its field.
  const body = z.record(z.string(), z.unknown()).meta(options.body);
  return [
    defineRoute({
      method: 'get',
      path: options.path,
      tag: options.tag,
      summary: options.summaries.get,
      description: `${options.who}.`,
      access: 'signed-in',
      response: options.response,
      problems: [403],
      handle: ({ actor }) => options.get(actor),
    }),
    defineRoute({
      method: 'put',
      path: options.path,
      tag: options.tag,
      summary: options.summaries.put,
      description: `${options.who}. Every field is required; each problem is a 422 naming the field. Changes are audit-logged.`,
      access: 'signed-in',
      body,
      response: options.response,
      problems: [403, 422],
      handle: ({ actor, body: values }) => options.update(actor, values),
    }),
  ];
}
