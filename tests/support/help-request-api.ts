import { expect } from '@jest/globals';
import { Problem } from '../../api/src/contracts/common.js';
import { HelpRequest } from '../../api/src/contracts/help-requests.js';
import type { Db } from '../../api/src/db/database.js';
import { request } from './http-client.js';
import { signInAs, type TestServer } from './start-test-server.js';

/**
 * Calls the help-request API as people, signing each in once. Sign-in sessions expire by
 * the server's clock, so `forgetSessions` after moving it far.
 */
export function helpRequestApi(server: () => TestServer) {
  const cookies = new Map<string, string>();
  const as = async (personId: string) => {
    let cookie = cookies.get(personId);
    if (!cookie) {
      cookie = await signInAs(server().baseUrl, personId);
      cookies.set(personId, cookie);
    }
    return { cookie };
  };
  const call = async (personId: string, method: string, path: string, body?: unknown): Promise<Response> =>
    request(server().baseUrl, method, path, await as(personId), body);
  return {
    call,
    forgetSessions: () => cookies.clear(),
    /** Asks for help and expects it to be accepted. */
    async ask(personId: string, question: string, categoryKey = 'digital-at-work'): Promise<HelpRequest> {
      return expectRequest(await call(personId, 'POST', '/api/help-requests', { question, categoryKey }));
    },
    async get(personId: string, requestId: string): Promise<HelpRequest> {
      return expectRequest(await call(personId, 'GET', `/api/help-requests/${requestId}`));
    },
    act: (personId: string, requestId: string, verb: string, body?: unknown) => call(personId, 'POST', `/api/help-requests/${requestId}/${verb}`, body),
  };
}

export async function expectRequest(response: Response): Promise<HelpRequest> {
  const body: unknown = await response.json();
  expect({ status: response.status, body }).toEqual({ status: 200, body: expect.anything() });
  return HelpRequest.parse(body);
}

export async function expectProblem(response: Response, status: number): Promise<Problem> {
  const body: unknown = await response.json();
  expect({ status: response.status, body }).toEqual({ status, body: expect.anything() });
  return Problem.parse(body);
}

/**
 * Champions the demo data may have made would compete for every request: they are paused,
 * so each test decides exactly who can be offered what.
 */
export async function pauseExistingChampions(db: Db): Promise<void> {
  await db.updateTable('champions').set({ status: 'paused' }).where('status', '=', 'active').execute();
}
