import type { z } from 'zod';
import { Problem } from '../../api/src/contracts/common.js';
import type { Db } from '../../api/src/db/database.js';
import { request } from './http-client.js';

type Headers = Record<string, string>;

/** Calls to the service-plan API as whoever the headers sign in. */
export function servicePlanApi(baseUrl: string) {
  const call = (headers: Headers, method: string, path: string, body?: unknown) => request(baseUrl, method, path, headers, body);
  return {
    call,
    list: (headers: Headers, query = '') => call(headers, 'GET', `/api/service-plans${query}`),
    get: (headers: Headers, serviceId: string, query = '') => call(headers, 'GET', `/api/service-plans/${serviceId}${query}`),
    saveSummary: (headers: Headers, serviceId: string, body: unknown) => call(headers, 'PUT', `/api/service-plans/${serviceId}`, body),
    addItem: (headers: Headers, serviceId: string, body: unknown) => call(headers, 'POST', `/api/service-plans/${serviceId}/items`, body),
    updateItem: (headers: Headers, serviceId: string, itemId: string, body: unknown) => call(headers, 'PATCH', `/api/service-plans/${serviceId}/items/${itemId}`, body),
    removeItem: (headers: Headers, serviceId: string, itemId: string) => call(headers, 'DELETE', `/api/service-plans/${serviceId}/items/${itemId}`),
    compliance: (headers: Headers, query = '') => call(headers, 'GET', `/api/service-plans/compliance${query}`),
    remind: (headers: Headers, body: unknown = {}) => call(headers, 'POST', '/api/service-plans/compliance/reminders', body),
  };
}

/** The body of a 200 answer, parsed with its contract; anything else fails with what the server said. */
export async function okBody<S extends z.ZodType>(schema: S, response: Response): Promise<z.infer<S>> {
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}

export async function problemOf(response: Response): Promise<Problem> {
  return Problem.parse(await response.json());
}

/** Every plan and item row as stored, to show that a refused write changed nothing. */
export async function planRows(db: Db) {
  const [plans, items] = await Promise.all([
    db.selectFrom('service_plans').selectAll().orderBy('id').execute(),
    db.selectFrom('service_plan_items').selectAll().orderBy('id').execute(),
  ]);
  return { plans, items };
}

/** A valid item for a plan, owned by `ownerPersonId`. */
export function itemInput(ownerPersonId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'objective',
    title: 'Let tenants report repairs online',
    ownerPersonId,
    measure: 'Seven in ten repairs reported online by March',
    status: 'not-started',
    ...overrides,
  };
}
