import { expect } from '@jest/globals';
import { DropIn, DropInPage, HostedDropInList, type DropInInput } from '../../api/src/contracts/drop-ins.js';
import { request } from './http-client.js';
import { signInAs } from './start-test-server.js';

/** Calls to the drop-in API as one person or another, each signed in once per server. */
export interface DropInApi {
  as(personId: string): Promise<Record<string, string>>;
  /** Everyone signs in again (after the clock moved past their sessions' expiry). */
  forgetSessions(): void;
  create(hostId: string, body: unknown): Promise<Response>;
  created(hostId: string, overrides?: Partial<DropInInput>): Promise<DropIn>;
  register(personId: string, id: string): Promise<Response>;
  list(personId: string, query?: string): Promise<DropInPage>;
  get(personId: string, id: string): Promise<DropIn>;
  hosted(personId: string): Promise<HostedDropInList>;
  call(personId: string, method: string, path: string, body?: unknown): Promise<Response>;
}

/** A valid session: an hour at 10:00 UTC the day after `now`, online, for 10 people. */
export function dropInInput(now: Date, overrides: Partial<DropInInput> = {}): DropInInput {
  const start = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  start.setUTCHours(10, 0, 0, 0);
  return {
    title: 'Getting started with Teams',
    description: 'Chats, channels and meetings, at your own pace.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 60 * 60 * 1000).toISOString(),
    format: 'online',
    siteId: null,
    place: '',
    alsoOnline: false,
    capacity: 10,
    categoryKeys: ['communicating'],
    ...overrides,
  };
}

export function dropInApi(baseUrl: string, now: () => Date): DropInApi {
  const cookies = new Map<string, Record<string, string>>();
  const api: DropInApi = {
    async as(personId) {
      let headers = cookies.get(personId);
      if (!headers) {
        headers = { cookie: await signInAs(baseUrl, personId) };
        cookies.set(personId, headers);
      }
      return headers;
    },
    forgetSessions: () => cookies.clear(),
    call: async (personId, method, path, body) => request(baseUrl, method, path, await api.as(personId), body),
    create: (hostId, body) => api.call(hostId, 'POST', '/api/drop-ins', body),
    async created(hostId, overrides = {}) {
      const response = await api.create(hostId, dropInInput(now(), overrides));
      if (response.status !== 200) throw new Error(`POST /api/drop-ins answered ${response.status}: ${await response.text()}`);
      return DropIn.parse(await response.json());
    },
    register: (personId, id) => api.call(personId, 'POST', `/api/drop-ins/${id}/register`),
    async list(personId, query = '') {
      const response = await api.call(personId, 'GET', `/api/drop-ins${query}`);
      expect(response.status).toBe(200);
      return DropInPage.parse(await response.json());
    },
    async get(personId, id) {
      const response = await api.call(personId, 'GET', `/api/drop-ins/${id}`);
      expect(response.status).toBe(200);
      return DropIn.parse(await response.json());
    },
    async hosted(personId) {
      const response = await api.call(personId, 'GET', '/api/drop-ins/hosted');
      expect(response.status).toBe(200);
      return HostedDropInList.parse(await response.json());
    },
  };
  return api;
}
