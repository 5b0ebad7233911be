import {
  DropIn,
  DropInPage,
  DropInSites,
  HostedDropInList,
  type DropInFormat,
  type DropInInput,
  type LogDropInBody,
} from '../../../api/src/contracts/drop-ins';
import { SupportSession } from '../../../api/src/contracts/support-log';
import type { ApiClient, PageRequest } from './api-client';

/** Drop-in sessions: finding and booking them, and the sessions a champion hosts. */

export interface DropInSearch extends PageRequest {
  categoryKey?: string | undefined;
  siteId?: string | undefined;
  format?: DropInFormat | undefined;
}

const path = (id: string, rest = '') => `/api/drop-ins/${encodeURIComponent(id)}${rest}`;

export function findDropIns(client: ApiClient, search: DropInSearch, signal?: AbortSignal): Promise<DropInPage> {
  return client.json(DropInPage, '/api/drop-ins', { query: { ...search }, signal });
}

export function getDropInSites(client: ApiClient, signal?: AbortSignal): Promise<DropInSites> {
  return client.json(DropInSites, '/api/drop-ins/sites', { signal });
}

export function getHostedDropIns(client: ApiClient, signal?: AbortSignal): Promise<HostedDropInList> {
  return client.json(HostedDropInList, '/api/drop-ins/hosted', { signal });
}

/** A DropInInput as the form has it (an empty box left out): the server names every problem. */
export function createDropIn(client: ApiClient, input: Partial<DropInInput>): Promise<DropIn> {
  return client.json(DropIn, '/api/drop-ins', { method: 'POST', body: { json: input } });
}

export function registerForDropIn(client: ApiClient, id: string): Promise<DropIn> {
  return client.json(DropIn, path(id, '/register'), { method: 'POST' });
}

export function cancelMyPlace(client: ApiClient, id: string): Promise<DropIn> {
  return client.json(DropIn, path(id, '/registration'), { method: 'DELETE' });
}

export function cancelDropIn(client: ApiClient, id: string, reason: string): Promise<DropIn> {
  return client.json(DropIn, path(id, '/cancel'), { method: 'POST', body: { json: { reason } } });
}

export function logDropIn(client: ApiClient, id: string, body: LogDropInBody = {}): Promise<SupportSession> {
  return client.json(SupportSession, path(id, '/log'), { method: 'POST', body: { json: body } });
}
