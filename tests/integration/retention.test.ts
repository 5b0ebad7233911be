import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RetentionSettings } from '../../api/src/contracts/privacy.js';
import { buildPerson } from '../factories/people.js';
import { demoSession, problemOf } from '../support/http-client.js';
import { settableClock } from '../support/settable-clock.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

const NOW = '2027-06-15T02:30:00Z';
const clock = settableClock(NOW);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
});
afterAll(() => server.close());

const leaverWhoLeftOn = (leftOn: string) => buildPerson(server.db, { status: 'leaver', leftOn, displayName: `Left on ${leftOn}` });
const nameOf = async (id: string) => (await server.db.selectFrom('people').select('display_name').where('id', '=', id).executeTakeFirstOrThrow()).display_name;
const putSettings = async (who: string, body: unknown) =>
  fetch(`${server.baseUrl}/api/retention-settings`, { method: 'PUT', headers: { ...(await demoSession(server, who)), 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/retention-settings', () => {
  it('tells anyone, signed in or not, what the privacy notice promises: a year for leavers, six years for the audit log', async () => {
    const response = await fetch(`${server.baseUrl}/api/retention-settings`);
    expect(RetentionSettings.parse(await response.json())).toEqual({ leaverMonths: 12, auditLogMonths: 72 });
  });
});

describe('the nightly retention job', () => {
  it('erases leavers once the months since they left have passed, and only them', async () => {
    const due = await leaverWhoLeftOn('2026-06-14');
    const notYet = await leaverWhoLeftOn('2026-07-01');

    await server.hub.runScheduledJob('privacy-retention');

    expect(await nameOf(due)).toBe('Erased person');
    expect(await nameOf(notYet)).toBe('Left on 2026-07-01');
    const entry = await server.db.selectFrom('audit_log').select(['actor_person_id', 'details']).where('action', '=', 'erase').where('subject_person_id', '=', due).executeTakeFirstOrThrow();
    expect(entry).toEqual({ actor_person_id: null, details: { reason: 'retention', leaverMonths: 12 } });
  });

  it('deletes ended sign-in sessions and audit log entries older than the audit log keeps them', async () => {
    const person = await buildPerson(server.db);
    await server.db.insertInto('sessions').values([
      { token_hash: 'ended', person_id: person, expires_at: new Date('2027-06-14T00:00:00Z') },
      { token_hash: 'current', person_id: person, expires_at: new Date('2027-06-16T00:00:00Z') },
    ]).execute();
    await server.db.insertInto('audit_log').values([
      { at: new Date('2021-06-01T00:00:00Z'), action: 'read', resource: 'too-old', details: '{}' },
      { at: new Date('2021-07-01T00:00:00Z'), action: 'read', resource: 'kept', details: '{}' },
    ]).execute();

    await server.hub.runScheduledJob('privacy-retention');

    expect((await server.db.selectFrom('sessions').select('token_hash').where('person_id', '=', person).execute()).map((row) => row.token_hash)).toEqual(['current']);
    const resources = (await server.db.selectFrom('audit_log').select('resource').where('resource', 'in', ['too-old', 'kept']).execute()).map((row) => row.resource);
    expect(resources).toEqual(['kept']);
  });

  it('keeps to the months HR sets', async () => {
    const response = await putSettings('Fiona Campbell', { leaverMonths: 6, auditLogMonths: 72 });
    expect(RetentionSettings.parse(await response.json())).toEqual({ leaverMonths: 6, auditLogMonths: 72 });
    const sixMonthsAgo = await leaverWhoLeftOn('2026-12-10');

    await server.hub.runScheduledJob('privacy-retention');

    expect(await nameOf(sixMonthsAgo)).toBe('Erased person');
  });
});

describe('PUT /api/retention-settings', () => {
  it('refuses staff who are not HR or administrators with 403', async () => {
    expect((await putSettings('Sam Whitfield', { leaverMonths: 1, auditLogMonths: 12 })).status).toBe(403);
  });

  it('names the field that is out of range, and changes nothing', async () => {
    const response = await putSettings('Fiona Campbell', { leaverMonths: 0, auditLogMonths: 72 });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual(['body.leaverMonths']);
    expect(RetentionSettings.parse(await (await fetch(`${server.baseUrl}/api/retention-settings`)).json()).leaverMonths).toBe(6);
  });
});
