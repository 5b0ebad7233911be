import type { Db } from '../../api/src/db/database.js';
import { tableRows, type TableName } from './authorisation-matrix.js';
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

export const PLAN_TABLES: readonly TableName[] = ['service_plans', 'service_plan_items'];

/** Every plan and item row as stored, to show that a refused write changed nothing. */
export const planRows = (db: Db) => tableRows(db, PLAN_TABLES);

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
