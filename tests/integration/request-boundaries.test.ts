import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { RATE_LIMITS } from '../../api/src/http/rate-limits.js';
import { demoPersonId } from '../factories/people.js';
import { demoSession, problemOf } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const as = (displayName: string) => demoSession(server, displayName);
const helpRequests = async () => (await server.db.selectFrom('help_requests').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
const QUESTION = JSON.stringify({ question: 'How do I add up a column in Excel?', categoryKey: 'digital-at-work' });

/** The same host on another port: what a page served by any other local app is. */
const otherPort = (): string => {
  const url = new URL(server.baseUrl);
  url.port = String(Number(url.port) + 1);
  return url.origin;
};

function askForHelp(headers: Record<string, string>, body: string = QUESTION): Promise<Response> {
  return fetch(`${server.baseUrl}/api/help-requests`, { method: 'POST', headers, body });
}

describe('changes sent with the session cookie from another site (request forgery)', () => {
  it('refuses a text/plain form post from another port with 403 naming the origin, and asks nobody for help', async () => {
    const before = await helpRequests();
    // What an HTML form with enctype="text/plain" on another port makes the browser send.
    const response = await askForHelp({ ...(await as('Sam Whitfield')), 'content-type': 'text/plain', origin: otherPort(), 'sec-fetch-site': 'same-site' });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).errors).toEqual([{ field: 'headers.origin', message: 'must be this site' }]);
    expect(await helpRequests()).toBe(before);
  });

  it.each([
    ['an Origin of another port', { origin: 'OTHER' }],
    ['an Origin of another site', { origin: 'https://attacker.example' }],
    ['the Origin "null" of a sandboxed or privacy-minded page', { origin: 'null' }],
    ['fetch metadata saying another site sent it', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses JSON sent with %s, and writes nothing', async (_what, extra: Record<string, string>) => {
    const before = await helpRequests();
    const headers: Record<string, string> = { ...(await as('Sam Whitfield')), 'content-type': 'application/json', ...extra };
    if (headers.origin === 'OTHER') headers.origin = otherPort();
    expect((await askForHelp(headers)).status).toBe(403);
    expect(await helpRequests()).toBe(before);
  });

  it('takes the same change from the hub’s own page', async () => {
    const before = await helpRequests();
    const response = await askForHelp({ ...(await as('Sam Whitfield')), 'content-type': 'application/json', origin: server.baseUrl, 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(200);
    expect(await helpRequests()).toBe(before + 1);
  });

  it('lets anyone read from another site: reading changes nothing', async () => {
    const response = await fetch(`${server.baseUrl}/api/me`, { headers: { ...(await as('Sam Whitfield')), origin: otherPort(), 'sec-fetch-site': 'same-site' } });
    expect(response.status).toBe(200);
  });
});

describe('request bodies', () => {
  it('refuses a body that is not JSON with 415 naming the body, rather than running with an empty one', async () => {
    const before = await helpRequests();
    const response = await askForHelp({ ...(await as('Sam Whitfield')), 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body', message: 'must be JSON' }]);
    expect(await helpRequests()).toBe(before);
  });

  const megabytes = (size: number): string => JSON.stringify({ question: 'x'.repeat(size * 1024 * 1024) });

  it('asks who is sending before reading a body: a large one from nobody is 401, not read', async () => {
    const response = await askForHelp({ 'content-type': 'application/json' }, megabytes(5));
    expect(response.status).toBe(401);
  });

  it('reads at most 1 MB of JSON', async () => {
    const response = await askForHelp({ ...(await as('Sam Whitfield')), 'content-type': 'application/json' }, megabytes(2));
    expect(response.status).toBe(413);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body', message: 'is too large' }]);
  });

  const csvOf = (size: number): string => `email,display_name,service\n${'x'.repeat(size * 1024 * 1024)}\n`;
  const importStaff = async (displayName: string, csv: string) =>
    fetch(`${server.baseUrl}/api/directory/imports?dryRun=true`, { method: 'POST', headers: { ...(await as(displayName)), 'content-type': 'text/csv' }, body: csv });

  it('takes a staff list of more than 1 MB only from HR and administrators, refusing anyone else before reading it', async () => {
    expect((await importStaff('Sam Whitfield', csvOf(5))).status).toBe(403);
    // HR's file is read, and then judged on what it says (one line that is not a person).
    expect((await importStaff('Fiona Campbell', csvOf(5))).status).toBe(422);
  });

  it('reads at most 20 MB of a staff list', async () => {
    expect((await importStaff('Fiona Campbell', csvOf(21))).status).toBe(413);
  });
});

describe('NUL characters, which PostgreSQL cannot hold in text', () => {
  it('refuses one in a query with 400 naming the parameter', async () => {
    const response = await fetch(`${server.baseUrl}/api/people?q=%00`, { headers: await as('Fiona Campbell') });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([{ field: 'query.q', message: 'must not contain a NUL character' }]);
  });

  it('refuses one anywhere in a body with 400 naming the field, and asks nobody for help', async () => {
    const before = await helpRequests();
    const body = JSON.stringify({ question: 'How do I add up a column\u0000 in Excel?', categoryKey: 'digital-at-work' });
    const response = await askForHelp({ ...(await as('Sam Whitfield')), 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([{ field: 'body.question', message: 'must not contain a NUL character' }]);
    expect(await helpRequests()).toBe(before);
  });
});

describe('rate limits', () => {
  it('answers the 21st help request in an hour with 429 and Retry-After, writing nothing, and leaves everyone else asking', async () => {
    const gareth = { ...(await as('Gareth Morgan')), 'content-type': 'application/json' };
    for (let asked = 0; asked < RATE_LIMITS['help-request'].points; asked += 1) expect((await askForHelp(gareth)).status).toBe(200);
    const before = await helpRequests();

    const refused = await askForHelp(gareth);

    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect((await problemOf(refused)).detail).toMatch(/^You have asked for help 20 times in an hour, the most the hub allows\. Try again in \d+ minutes\.$/);
    expect(await helpRequests()).toBe(before);
    expect((await askForHelp({ ...(await as('Dave Hollis')), 'content-type': 'application/json' })).status).toBe(200);
  });

  // Last in this file: this address signs in no more for a minute.
  it('counts sign-ins by address, before anyone is signed in', async () => {
    const personId = await demoPersonId(server.db, 'Tom Nguyen');
    const signIn = () => fetch(`${server.baseUrl}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId }) });
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= RATE_LIMITS['sign-in'].points; attempt += 1) statuses.push((await signIn()).status);

    expect(statuses.filter((status) => status === 204).length).toBeLessThan(RATE_LIMITS['sign-in'].points);
    expect(statuses.at(-1)).toBe(429);
  });
});
