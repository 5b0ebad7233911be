import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { loadConfig } from '../../api/src/config.js';
import { DropIn, HostedDropInList } from '../../api/src/contracts/drop-ins.js';
import { SupportSession } from '../../api/src/contracts/support-log.js';
import { createGraphMicrosoft365 } from '../../api/src/m365/graph-microsoft365.js';
import { createAppTokenProvider } from '../../api/src/m365/msal-token-provider.js';
import { startHub, type HubServer } from '../../api/src/server.js';
import { createCapturingLogger } from '../fakes/capturing-logger.js';
import { graphUser } from '../fakes/fake-graph.js';
import { startFakeMicrosoftCloud, type FakeMicrosoftCloud } from '../fakes/fake-microsoft-cloud.js';
import { guardOutboundFetch, type OutboundGuard } from '../fakes/outbound-guard.js';
import { buildChampion, buildSite } from '../factories/champions.js';
import { buildDropIn, buildPersonalChat, buildRegistration } from '../factories/drop-ins.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { dropInApi, dropInInput, type DropInApi } from '../support/drop-in-api.js';
import { problemOf } from '../support/http-client.js';
import { startLocalChannel, type LocalChannel, type RecordedActivity } from '../support/local-channel.js';
import { settableClock } from '../support/settable-clock.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const NOW = '2026-11-10T09:00:00Z';
const HOUR_MS = 60 * 60 * 1000;
const HOST_ENTRA_ID = 'd0000000-0000-4000-8000-000000000001';

let server: TestServer;
let channel: LocalChannel;
let api: DropInApi;
const clock = settableClock(NOW);
let hostId: string;
let otherChampionId: string;
let siteId: string;
let tom: string;
let sam: string;

/** Two days after NOW: outside the reminders' window, so a reminder run never mixes into these tests. */
const IN_TWO_DAYS = new Date('2026-11-12T10:00:00Z');

/** A session hosted by `host`, in two days unless told otherwise. */
function dropIn(host: string, overrides: Parameters<typeof buildDropIn>[2] = {}): Promise<string> {
  return buildDropIn(server.db, host, { startsAt: IN_TWO_DAYS, ...overrides });
}

const cardTitle = (activity: RecordedActivity | undefined): unknown =>
  (activity?.attachments?.[0]?.content.body as Array<{ text?: string }> | undefined)?.[0]?.text;

async function outboxMeetingCalls(): Promise<Array<{ action: string; method: string; path: string; body: unknown }>> {
  const rows = await server.db.selectFrom('outbox_messages').select(['action', 'method', 'path', 'body']).orderBy('id').execute();
  return rows.filter((row) => row.path.endsWith('/onlineMeetings'));
}

beforeAll(async () => {
  channel = await startLocalChannel();
  server = await startTestServer({ overrides: { clock } });
  api = dropInApi(server.baseUrl, () => clock.now());
  siteId = await buildSite(server.db, 'Civic Centre annexe');
  hostId = await buildChampion(server.db, { displayName: 'Asha Patel', entraObjectId: HOST_ENTRA_ID });
  otherChampionId = await buildChampion(server.db, { displayName: 'Ben Okafor' });
  [tom, sam] = await Promise.all([demoPersonId(server.db, 'Tom Nguyen'), demoPersonId(server.db, 'Sam Whitfield')]);
});

afterAll(async () => {
  await server?.close();
  await channel?.close();
});

beforeEach(async () => {
  clock.set(NOW);
  channel.clear();
  await server.db.deleteFrom('support_sessions').execute();
  await server.db.deleteFrom('drop_in_sessions').execute();
  await server.db.deleteFrom('outbox_messages').execute();
});

afterEach(() => {
  expect(channel.unexpected).toEqual([]);
});

describe('POST /api/drop-ins', () => {
  it('creates an online session with a Teams meeting organised by the host, recorded in the outbox', async () => {
    const input = dropInInput(clock.now());

    const created = await api.created(hostId);

    expect(created).toMatchObject({ title: input.title, format: 'online', site: null, capacity: 10, placesLeft: 10, registeredCount: 0, isHost: true, hasOnlineMeeting: true });
    expect(created.skills).toEqual([{ key: 'communicating', title: expect.any(String) }]);
    expect(created.joinUrl).toMatch(/\/outbox\/\d+$/);
    expect(await outboxMeetingCalls()).toEqual([
      {
        action: 'Teams meeting for a drop-in session',
        method: 'POST',
        path: `/v1.0/users/${HOST_ENTRA_ID}/onlineMeetings`,
        body: { subject: input.title, startDateTime: new Date(input.startsAt).toISOString(), endDateTime: new Date(input.endsAt).toISOString() },
      },
    ]);
  });

  it('creates an in-person session without a meeting, and with one when it is also online', async () => {
    const room = await api.created(hostId, { format: 'in-person', siteId, place: 'Room 2.14', alsoOnline: false });
    expect(room).toMatchObject({ site: { id: siteId, name: 'Civic Centre annexe' }, place: 'Room 2.14', hasOnlineMeeting: false, joinUrl: null });
    expect(await outboxMeetingCalls()).toHaveLength(0);

    const hybrid = await api.created(hostId, { format: 'in-person', siteId, place: 'Room 2.14', alsoOnline: true });
    expect(hybrid.hasOnlineMeeting).toBe(true);
    expect(await outboxMeetingCalls()).toHaveLength(1);
  });

  it('returns 422 explaining the account link when a host without a Microsoft Entra id asks for a meeting, and writes nothing', async () => {
    const unlinked = await buildChampion(server.db, { entraObjectId: null });

    const response = await api.create(unlinked, dropInInput(clock.now()));

    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.errors?.[0]?.field).toBe('body.format');
    expect(problem.errors?.[0]?.message).toContain('not linked to your Microsoft 365 account');
    expect(await outboxMeetingCalls()).toHaveLength(0);
    expect(await server.db.selectFrom('drop_in_sessions').select('id').execute()).toEqual([]);
  });

  it('returns 422 naming every wrong field: past start, over 8 hours, missing place, unknown site and skill', async () => {
    const past = new Date(clock.now().getTime() - HOUR_MS);
    const tooLong = await api.create(hostId, dropInInput(clock.now(), { startsAt: past.toISOString(), endsAt: new Date(past.getTime() + 9 * HOUR_MS).toISOString() }));
    expect(tooLong.status).toBe(422);
    expect((await problemOf(tooLong)).errors?.map((error) => error.field)).toEqual(['body.startsAt', 'body.endsAt']);

    // A shape problem (the title) and the rules' problems come back together.
    const noPlace = await api.create(hostId, dropInInput(clock.now(), { title: 'Hi', format: 'in-person', siteId: null, place: '', categoryKeys: ['juggling'] }));
    expect((await problemOf(noPlace)).errors?.map((error) => error.field)).toEqual(['body.title', 'body.siteId', 'body.place', 'body.categoryKeys[0]']);

    const unknownSite = await api.create(hostId, dropInInput(clock.now(), { format: 'in-person', siteId: 'c0000000-0000-4000-8000-000000000000', place: 'Room 1' }));
    expect((await problemOf(unknownSite)).errors).toEqual([{ field: 'body.siteId', message: 'is not a site in the directory' }]);

    const badCapacity = await api.create(hostId, { ...dropInInput(clock.now()), capacity: 501 });
    expect(badCapacity.status).toBe(422);
    expect((await problemOf(badCapacity)).errors?.map((error) => error.field)).toEqual(['body.capacity']);
  });

  it('returns 403 when a member of staff who is not a champion tries', async () => {
    expect((await api.create(sam, dropInInput(clock.now()))).status).toBe(403);
    expect((await api.create(tom, dropInInput(clock.now()))).status).toBe(403);
  });
});

describe('GET /api/drop-ins', () => {
  it('lists sessions that have not ended, soonest first, with places left and whether I have one', async () => {
    const later = await dropIn(hostId, { title: 'Later', startsAt: new Date('2026-11-12T10:00:00Z'), capacity: 3 });
    const sooner = await dropIn(hostId, { title: 'Sooner', startsAt: new Date('2026-11-11T10:00:00Z') });
    await dropIn(hostId, { title: 'Ended', startsAt: new Date('2026-11-09T10:00:00Z') });
    await dropIn(hostId, { title: 'Cancelled', startsAt: new Date('2026-11-11T12:00:00Z'), status: 'cancelled' });
    await buildRegistration(server.db, later, sam);

    const page = await api.list(sam);

    expect(page.items.map((item) => item.title)).toEqual(['Sooner', 'Later']);
    expect(page.items.map((item) => item.id)).toEqual([sooner, later]);
    expect(page.items[1]).toMatchObject({ placesLeft: 2, registeredCount: 1, registered: true, isHost: false });
    expect(page.items[0]?.registered).toBe(false);
  });

  it('filters by skill, site and format; "online" includes in-person sessions with a Teams meeting', async () => {
    await dropIn(hostId, { title: 'Room only', siteId, categoryKeys: ['creating'] });
    await dropIn(hostId, { title: 'Room and Teams', siteId, meetingJoinUrl: 'https://teams.microsoft.com/l/meetup-join/x' });
    await dropIn(hostId, { title: 'Teams only', format: 'online', meetingJoinUrl: 'https://teams.microsoft.com/l/meetup-join/y', categoryKeys: ['creating'] });
    const titles = async (query: string) => (await api.list(sam, query)).items.map((item) => item.title).sort();

    expect(await titles('?categoryKey=creating')).toEqual(['Room only', 'Teams only']);
    expect(await titles(`?siteId=${siteId}`)).toEqual(['Room and Teams', 'Room only']);
    expect(await titles('?format=online')).toEqual(['Room and Teams', 'Teams only']);
    expect(await titles('?format=in-person')).toEqual(['Room and Teams', 'Room only']);
  });

  it('shows the Teams link only to the host and to people with a place', async () => {
    const id = await dropIn(hostId, { format: 'online', meetingJoinUrl: 'https://teams.microsoft.com/l/meetup-join/z' });

    expect((await api.get(sam, id)).joinUrl).toBeNull();
    expect((await api.get(hostId, id)).joinUrl).toBe('https://teams.microsoft.com/l/meetup-join/z');
    await buildRegistration(server.db, id, sam);
    expect((await api.get(sam, id)).joinUrl).toBe('https://teams.microsoft.com/l/meetup-join/z');
  });
});

describe('POST /api/drop-ins/:id/register', () => {
  it('books a place, and the bot confirms it in the person’s chat', async () => {
    const id = await dropIn(hostId, { title: 'Excel basics', capacity: 2 });
    const conversationId = await buildPersonalChat(server.db, sam, channel.serviceUrl);

    const response = await api.register(sam, id);

    expect(response.status).toBe(200);
    expect(DropIn.parse(await response.json())).toMatchObject({ registered: true, placesLeft: 1, registeredCount: 1 });
    const [card] = channel.activitiesIn(conversationId);
    expect(cardTitle(card)).toBe('Your place is booked');
  });

  it('takes bookings until it is full, then returns 409', async () => {
    const id = await dropIn(hostId, { capacity: 2 });
    const people = await Promise.all([1, 2, 3].map(() => buildPerson(server.db)));

    expect((await api.register(people[0]!, id)).status).toBe(200);
    expect((await api.register(people[1]!, id)).status).toBe(200);
    const full = await api.register(people[2]!, id);

    expect(full.status).toBe(409);
    expect((await problemOf(full)).detail).toContain('This drop-in session is full.');
  });

  it('gives exactly 5 places to 20 people booking at the same moment', async () => {
    const id = await dropIn(hostId, { capacity: 5 });
    const people = await Promise.all(Array.from({ length: 20 }, () => buildPerson(server.db)));
    await Promise.all(people.map((person) => api.as(person)));

    const statuses = await Promise.all(people.map(async (person) => (await api.register(person, id)).status));

    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    const active = await server.db.selectFrom('drop_in_registrations').select('person_id').where('session_id', '=', id).where('cancelled_at', 'is', null).execute();
    expect(active).toHaveLength(5);
    expect((await api.get(sam, id)).placesLeft).toBe(0);
  });

  it('returns 409 when I already have a place, when it is cancelled, and once it has started', async () => {
    const id = await dropIn(hostId, { startsAt: new Date('2026-11-10T12:00:00Z') });
    const cancelled = await dropIn(hostId, { status: 'cancelled' });
    expect((await api.register(sam, id)).status).toBe(200);

    const again = await api.register(sam, id);
    expect(again.status).toBe(409);
    expect((await problemOf(again)).detail).toBe('You already have a place at this drop-in session.');
    expect((await api.register(sam, cancelled)).status).toBe(409);

    clock.set('2026-11-10T12:00:00Z');
    const late = await api.register(await buildPerson(server.db), id);
    expect(late.status).toBe(409);
    expect((await problemOf(late)).detail).toContain('already started');
  });

  it('returns 404 for a session that does not exist', async () => {
    expect((await api.register(sam, 'c0000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('DELETE /api/drop-ins/:id/registration', () => {
  it('gives my place back for someone else, and lets me book again', async () => {
    const id = await dropIn(hostId, { capacity: 1 });
    await buildRegistration(server.db, id, sam);

    const response = await api.call(sam, 'DELETE', `/api/drop-ins/${id}/registration`);

    expect(response.status).toBe(200);
    expect(DropIn.parse(await response.json())).toMatchObject({ registered: false, placesLeft: 1 });
    expect((await api.register(sam, id)).status).toBe(200);
  });

  it('returns 409 when I have no place, and once the session has started', async () => {
    const id = await dropIn(hostId, { startsAt: new Date('2026-11-10T12:00:00Z') });
    expect((await api.call(sam, 'DELETE', `/api/drop-ins/${id}/registration`)).status).toBe(409);

    await buildRegistration(server.db, id, sam);
    clock.set('2026-11-10T12:30:00Z');
    expect((await api.call(sam, 'DELETE', `/api/drop-ins/${id}/registration`)).status).toBe(409);
  });
});

describe('POST /api/drop-ins/:id/cancel', () => {
  it('lets the host cancel, and tells everyone with a place, with the reason', async () => {
    const id = await dropIn(hostId, { title: 'Excel basics' });
    const people = await Promise.all([1, 2].map(() => buildPerson(server.db)));
    const chats = await Promise.all(people.map((person) => buildPersonalChat(server.db, person, channel.serviceUrl)));
    for (const person of people) await buildRegistration(server.db, id, person);

    const response = await api.call(hostId, 'POST', `/api/drop-ins/${id}/cancel`, { reason: 'The room is needed for an election count' });

    expect(response.status).toBe(200);
    expect(DropIn.parse(await response.json()).status).toBe('cancelled');
    await channel.waitForActivities(2);
    for (const chat of chats) {
      const [card] = channel.activitiesIn(chat);
      expect(cardTitle(card)).toBe('Drop-in session cancelled');
      expect(card?.attachments?.[0]?.content.speak).toContain('The reason given: The room is needed for an election count');
    }
    expect((await api.list(sam)).items).toEqual([]);
  });

  it('lets the digital team cancel any session', async () => {
    const id = await dropIn(hostId);

    expect((await api.call(tom, 'POST', `/api/drop-ins/${id}/cancel`, {})).status).toBe(200);
  });

  it('returns 403 for anyone else, champions included', async () => {
    const id = await dropIn(hostId);

    expect((await api.call(sam, 'POST', `/api/drop-ins/${id}/cancel`, {})).status).toBe(403);
    expect((await api.call(otherChampionId, 'POST', `/api/drop-ins/${id}/cancel`, {})).status).toBe(403);
    expect((await api.get(sam, id)).status).toBe('scheduled');
  });

  it('returns 409 for a session already cancelled', async () => {
    const id = await dropIn(hostId, { status: 'cancelled' });

    expect((await api.call(hostId, 'POST', `/api/drop-ins/${id}/cancel`, {})).status).toBe(409);
  });
});

describe('GET /api/drop-ins/hosted', () => {
  it('shows the host who has a place, and nobody else’s sessions', async () => {
    const id = await dropIn(hostId, { title: 'Mine' });
    await dropIn(otherChampionId, { title: 'Theirs' });
    await buildRegistration(server.db, id, sam);

    const mine = await api.hosted(hostId);

    expect(mine.items.map((item) => item.title)).toEqual(['Mine']);
    expect(mine.items[0]?.registrants.map((registrant) => registrant.person.displayName)).toEqual(['Sam Whitfield']);
    expect((await api.hosted(sam)).items).toEqual([]);
  });
});

describe('POST /api/drop-ins/:id/log', () => {
  it('logs an ended session in the host’s support log once, from the session’s length, bookings and skills', async () => {
    const id = await dropIn(hostId, { startsAt: new Date('2026-11-09T10:00:00Z'), endsAt: new Date('2026-11-09T11:30:00Z'), categoryKeys: ['transacting'] });
    await buildRegistration(server.db, id, sam);
    await buildRegistration(server.db, id, tom);

    const response = await api.call(hostId, 'POST', `/api/drop-ins/${id}/log`, { note: 'Good questions about online forms' });

    expect(response.status).toBe(200);
    expect(SupportSession.parse(await response.json())).toMatchObject({
      kind: 'drop-in',
      happenedOn: '2026-11-09',
      minutes: 90,
      peopleHelped: 2,
      note: 'Good questions about online forms',
      dropIn: { id },
    });
    expect(HostedDropInList.parse(await (await api.call(hostId, 'GET', '/api/drop-ins/hosted')).json()).items[0]?.logged).toBe(true);
    expect((await api.call(hostId, 'POST', `/api/drop-ins/${id}/log`, {})).status).toBe(409);
  });

  it('returns 409 before the session has ended, and 403 for anyone but the host', async () => {
    const id = await dropIn(hostId);

    expect((await api.call(hostId, 'POST', `/api/drop-ins/${id}/log`, {})).status).toBe(409);
    expect((await api.call(otherChampionId, 'POST', `/api/drop-ins/${id}/log`, {})).status).toBe(403);
  });
});

describe('Creating a drop-in against Microsoft Graph', () => {
  const RETRIES = 2;
  let host: string;
  let cloud: FakeMicrosoftCloud;
  let graphServer: TestServer;
  let outbound: OutboundGuard;

  beforeAll(async () => {
    cloud = await startFakeMicrosoftCloud({ users: [graphUser({ id: HOST_ENTRA_ID })] });
    const tokens = createAppTokenProvider(cloud.entraConfig(), cloud.msalOptions());
    const graph = createGraphMicrosoft365({
      graphBaseUrl: cloud.url,
      getToken: (requirements) => tokens.getGraphToken(requirements),
      customHosts: new Set([cloud.host]),
      logger: createCapturingLogger(),
      maxRetries: RETRIES,
    });
    graphServer = await startTestServer({ env: { SEED_DEMO: 'false' }, overrides: { microsoft365: graph, clock } });
    outbound = guardOutboundFetch([cloud.url, graphServer.baseUrl]);
    host = await buildChampion(graphServer.db, { entraObjectId: HOST_ENTRA_ID });
  });

  afterAll(async () => {
    outbound?.restore();
    await graphServer?.close();
    await cloud?.close();
  });

  it('asks Graph for an online meeting organised by the host, and keeps its join link', async () => {
    const input = dropInInput(clock.now());

    const created = await dropInApi(graphServer.baseUrl, () => clock.now()).created(host);

    const meetings = cloud.graphRequests().filter((request) => request.path.endsWith('/onlineMeetings'));
    expect(meetings.map((request) => ({ method: request.method, path: request.path, body: request.body }))).toEqual([
      {
        method: 'POST',
        path: `/v1.0/users/${HOST_ENTRA_ID}/onlineMeetings`,
        body: { subject: input.title, startDateTime: new Date(input.startsAt).toISOString(), endDateTime: new Date(input.endsAt).toISOString() },
      },
    ]);
    expect(created.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const stored = await graphServer.db.selectFrom('drop_in_sessions').select(['meeting_id', 'meeting_join_url']).executeTakeFirstOrThrow();
    expect(stored.meeting_id).toMatch(/^MSo/);
    expect(stored.meeting_join_url).toBe(created.joinUrl);
    expect(cloud.unexpectedRequests).toEqual([]);
    expect(outbound.blocked).toEqual([]);
  });

  it('answers 503 with Retry-After, and saves nothing, when Graph stays unavailable after its retries', async () => {
    const sessionsBefore = await graphServer.db.selectFrom('drop_in_sessions').select('id').execute();
    cloud.throttleNextGraphRequests(RETRIES + 1, 0, 503);

    const response = await dropInApi(graphServer.baseUrl, () => clock.now()).create(host, dropInInput(clock.now()));

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await problemOf(response)).toMatchObject({ code: 'unavailable', detail: expect.stringContaining('Microsoft 365 is busy or not answering') });
    expect(await graphServer.db.selectFrom('drop_in_sessions').select('id').execute()).toEqual(sessionsBefore);
    expect(cloud.unexpectedRequests).toEqual([]);
  });
});

describe('The drop-in-reminders job', () => {
  let database: TestDatabase;
  const hubs: HubServer[] = [];
  const jobClock = settableClock(NOW);

  async function startInstance(): Promise<HubServer> {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEED_DEMO: 'false' });
    const hub = await startHub(config, pino({ level: 'silent' }), { clock: jobClock });
    hubs.push(hub);
    return hub;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const hub of hubs.splice(0)) await hub.close();
    await database?.destroy();
  });

  it('reminds each person with a place once, the day before, and never twice even with two servers running it', async () => {
    const [first, second] = [await startInstance(), await startInstance()];
    const db = first.database.db;
    const host = await buildChampion(db);
    const people = await Promise.all([1, 2, 3, 4, 5].map((n) => buildPerson(db, { displayName: `Learner ${n}` })));
    const chats = await Promise.all(people.map((person) => buildPersonalChat(db, person, channel.serviceUrl)));
    const [anna, bilal, cara, dev, erin] = people as [string, string, string, string, string];
    const tomorrow = await buildDropIn(db, host, { title: 'Tomorrow', startsAt: new Date('2026-11-11T05:00:00Z') });
    const dayAfter = await buildDropIn(db, host, { title: 'Day after', startsAt: new Date('2026-11-11T15:00:00Z') });
    const cancelled = await buildDropIn(db, host, { title: 'Off', startsAt: new Date('2026-11-10T15:00:00Z'), status: 'cancelled' });
    await buildRegistration(db, tomorrow, anna);
    await buildRegistration(db, tomorrow, bilal);
    await buildRegistration(db, tomorrow, erin);
    await db.updateTable('drop_in_registrations').set({ cancelled_at: new Date(NOW) }).where('person_id', '=', erin).execute();
    await buildRegistration(db, dayAfter, cara);
    await buildRegistration(db, cancelled, dev);

    await Promise.all([first.runScheduledJob('drop-in-reminders'), second.runScheduledJob('drop-in-reminders')]);
    await Promise.all([first.runScheduledJob('drop-in-reminders'), second.runScheduledJob('drop-in-reminders')]);

    expect(channel.activities).toHaveLength(2);
    expect(channel.activitiesIn(chats[0]!).map(cardTitle)).toEqual(['Reminder: Tomorrow']);
    expect(channel.activitiesIn(chats[1]!).map(cardTitle)).toEqual(['Reminder: Tomorrow']);

    // Ten hours on, the next day's session is within a day.
    jobClock.set('2026-11-10T19:00:00Z');
    await Promise.all([first.runScheduledJob('drop-in-reminders'), second.runScheduledJob('drop-in-reminders')]);
    await first.runScheduledJob('drop-in-reminders');

    expect(channel.activities).toHaveLength(3);
    expect(channel.activitiesIn(chats[2]!).map(cardTitle)).toEqual(['Reminder: Day after']);
    expect(channel.activitiesIn(chats[3]!)).toEqual([]);
    expect(channel.activitiesIn(chats[4]!)).toEqual([]);
    const marked = await db.selectFrom('drop_in_registrations').select('person_id').where('reminder_sent_at', 'is not', null).execute();
    expect(marked.map((row) => row.person_id).sort()).toEqual([anna, bilal, cara].sort());
  });
});
