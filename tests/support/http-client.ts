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
