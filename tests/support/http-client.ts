import type { z } from 'zod';
import { Problem } from '../../api/src/contracts/common.js';
import { demoPersonId } from '../factories/people.js';
import { signInAs, type TestServer } from './start-test-server.js';

type Headers = Record<string, string>;

const sessionsByServer = new WeakMap<TestServer, Map<string, string>>();

/** The session cookie header for a demo person, signing in once per server and reusing it after. */
export async function demoSession(server: TestServer, displayName: string): Promise<Headers> {
  let sessions = sessionsByServer.get(server);
  if (!sessions) {
    sessions = new Map();
    sessionsByServer.set(server, sessions);
  }
  let cookie = sessions.get(displayName);
  if (!cookie) {
    cookie = await signInAs(server.baseUrl, await demoPersonId(server.db, displayName));
    sessions.set(displayName, cookie);
  }
  return { cookie };
}

/** A request to the test server; a `body` is sent as JSON. */
export function request(baseUrl: string, method: string, path: string, headers: Headers = {}, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A GET to the test server with the given headers. */
export function getPath(baseUrl: string, path: string, headers: Headers = {}): Promise<Response> {
  return request(baseUrl, 'GET', path, headers);
}

/** The problem document of a refused request. */
export async function problemOf(response: Response): Promise<Problem> {
  return Problem.parse(await response.json());
}

/** The fields a 400 or 422 names, in order. */
export async function fieldsOf(response: Response): Promise<string[]> {
  return ((await problemOf(response)).errors ?? []).map((error) => error.field);
}

/** The body of a 200 answer, parsed with its contract; anything else fails with what the server said. */
export async function okBody<S extends z.ZodType>(schema: S, response: Response): Promise<z.infer<S>> {
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}
