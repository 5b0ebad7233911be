import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ChampionList, ChampionProfile, ChampionProfileChoices, ChampionStatusChange } from '../../api/src/contracts/champions.js';
import { Problem } from '../../api/src/contracts/common.js';
import { CHAMPION_INVITATION_ACCEPT } from '../../bot/cards/champion-invitation-card.js';
import { buildChampion, buildSite } from '../factories/champions.js';
import { buildService } from '../factories/campaign-people.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { actionsOf, bodyTextOf, createBotChat, expectWellFormedCardsAndClear, type BotChat, type TeamsUser } from '../support/bot-chat.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { stillClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * The champion lifecycle over HTTP: volunteering and approval, invitations answered from
 * the bot, pausing, resuming and stepping down, with every change in the history (who and
 * when), the reasons a move is refused, the profile, and who sees what in the list.
 */

const MORNING = '2026-11-20T09:00:00Z';
const clock = stillClock(MORNING);

let server: TestServer;
let channel: LocalChannel;
let tom: { id: string; cookie: string };
let fiona: { id: string; cookie: string };
let chat: BotChat;

/** Someone new in the directory, signed in, as a Teams user whose personal chat the bot knows. */
type Colleague = TeamsUser & { cookie: string };

async function colleague(displayName: string, overrides: { serviceId?: string; siteId?: string } = {}): Promise<Colleague> {
  const user = await chat.userFor(await buildPerson(server.db, { displayName, entraObjectId: randomUUID(), ...overrides }));
  return { ...user, cookie: await signInAs(server.baseUrl, user.personId) };
}

function call(cookie: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function change(cookie: string, path: string, body: unknown = {}): Promise<ChampionStatusChange> {
  const response = await call(cookie, 'POST', path, body);
  expect(response.status).toBe(200);
  return ChampionStatusChange.parse(await response.json());
}

async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  return Problem.parse(await response.json());
}

async function myRecord(cookie: string): Promise<ChampionProfile> {
  const response = await call(cookie, 'GET', '/api/champions/me');
  expect(response.status).toBe(200);
  return ChampionProfile.parse(await response.json());
}

async function list(cookie: string, query = ''): Promise<ChampionList> {
  const response = await call(cookie, 'GET', `/api/champions${query}`);
  expect(response.status).toBe(200);
  return ChampionList.parse(await response.json());
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  channel = await startLocalChannel();
  chat = createBotChat({ baseUrl: server.baseUrl, db: server.db, channel });
  const tomId = await demoPersonId(server.db, 'Tom Nguyen');
  const fionaId = await demoPersonId(server.db, 'Fiona Campbell');
  tom = { id: tomId, cookie: await signInAs(server.baseUrl, tomId) };
  fiona = { id: fionaId, cookie: await signInAs(server.baseUrl, fionaId) };
});

afterAll(async () => {
  await channel?.close();
  await server?.close();
});

afterEach(() => expectWellFormedCardsAndClear(channel));

describe('POST /api/champions/volunteer, then POST /api/champions/:personId/approve', () => {
  it('makes a volunteer an active champion, with both changes in the history (who and when)', async () => {
    const ola = await colleague('Ola Bankole');

    const volunteered = await change(ola.cookie, '/api/champions/volunteer', { note: 'Happy to help with Excel' });
    expect(volunteered).toMatchObject({ status: 'volunteered', personTold: null });

    clock.set('2026-11-20T14:30:00Z');
    const approved = await change(tom.cookie, `/api/champions/${ola.personId}/approve`, { note: 'Welcome aboard' });
    clock.set(MORNING);

    expect(approved.status).toBe('active');
    expect(approved.personTold).toBe(true);
    const record = await myRecord(ola.cookie);
    expect(record.status).toBe('active');
    expect(record.history).toEqual([
      { fromStatus: null, toStatus: 'volunteered', by: { id: ola.personId, displayName: 'Ola Bankole' }, note: 'Happy to help with Excel', at: '2026-11-20T09:00:00.000Z' },
      { fromStatus: 'volunteered', toStatus: 'active', by: { id: tom.id, displayName: 'Tom Nguyen' }, note: 'Welcome aboard', at: '2026-11-20T14:30:00.000Z' },
    ]);
    // The new champion hears of it in their chat with the bot.
    const told = channel.activitiesIn(ola.conversationId);
    expect(told).toHaveLength(1);
    expect(bodyTextOf(told[0]!.attachments![0]!.content)).toContain('You are now a Digital Champion');
  });

  it('returns 409 with the reason when someone volunteers twice', async () => {
    const ben = await colleague('Ben Ashworth');
    await change(ben.cookie, '/api/champions/volunteer');

    const refused = await problem(await call(ben.cookie, 'POST', '/api/champions/volunteer', {}), 409);

    expect(refused.detail).toBe(
      'You can only volunteer if you are not a Digital Champion already: you have volunteered and are waiting for the digital team to approve it.',
    );
  });

  it('returns 403 when a member of staff approves, and changes nothing', async () => {
    const volunteer = await colleague('Cara Doyle');
    const other = await colleague('Dan Evans');
    await change(volunteer.cookie, '/api/champions/volunteer');

    const refused = await problem(await call(other.cookie, 'POST', `/api/champions/${volunteer.personId}/approve`, {}), 403);

    expect(refused.detail).toBe('Only the digital team and HR can approve a Digital Champion volunteer.');
    expect((await myRecord(volunteer.cookie)).status).toBe('volunteered');
  });

  it('lets the digital team decline a volunteer, who can volunteer again later', async () => {
    const eve = await colleague('Eve Foster');
    await change(eve.cookie, '/api/champions/volunteer');

    expect((await change(tom.cookie, `/api/champions/${eve.personId}/decline`, { note: 'Not this year' })).status).toBe('declined');
    expect((await change(eve.cookie, '/api/champions/volunteer')).status).toBe('volunteered');
  });

  it('returns 404 for someone who is not in the directory', async () => {
    await problem(await call(tom.cookie, 'POST', `/api/champions/${randomUUID()}/approve`, {}), 404);
  });
});

describe('POST /api/champions/invite', () => {
  it('sends the invitation card, and Accept pressed in Teams makes the person an active champion', async () => {
    const gail = await colleague('Gail Harper');

    const invited = await change(tom.cookie, '/api/champions/invite', { personId: gail.personId, note: 'Your audit was brilliant' });

    expect(invited).toMatchObject({ status: 'invited', personTold: true });
    const [invitation] = channel.activitiesIn(gail.conversationId);
    const card = invitation!.attachments![0]!.content;
    expect(bodyTextOf(card)).toContain('Tom Nguyen wrote: “Your audit was brilliant”');
    expect(actionsOf(card).find((action) => action.title === 'Accept')?.verb).toBe(CHAMPION_INVITATION_ACCEPT);

    await chat.press(gail, card, 'Accept');

    const record = await myRecord(gail.cookie);
    expect(record.status).toBe('active');
    expect(record.history.map((event) => [event.toStatus, event.by?.displayName])).toEqual([
      ['invited', 'Tom Nguyen'],
      ['active', 'Gail Harper'],
    ]);
  });

  it('says the bot could not tell someone who has no chat with it yet', async () => {
    const personId = await buildPerson(server.db, { displayName: 'Hal Irving' });

    const invited = await change(tom.cookie, '/api/champions/invite', { personId });

    expect(invited.personTold).toBe(false);
  });

  it('returns 409 with the reason for someone who is already a champion', async () => {
    const championId = await buildChampion(server.db, { displayName: 'Ivy James' });

    const refused = await problem(await call(tom.cookie, 'POST', '/api/champions/invite', { personId: championId }), 409);

    expect(refused.detail).toBe(
      'Only someone who is not a champion, a volunteer or already invited can be invited: Ivy James is already an active Digital Champion.',
    );
  });

  it('lets HR invite, as HR approves champions with the digital team', async () => {
    const personId = await buildPerson(server.db);

    expect((await change(fiona.cookie, '/api/champions/invite', { personId })).status).toBe('invited');
  });

  it('lets the invited person say no thanks from the tab', async () => {
    const jo = await colleague('Jo King');
    await change(tom.cookie, '/api/champions/invite', { personId: jo.personId });

    expect((await change(jo.cookie, '/api/champions/me/invitation', { accept: false })).status).toBe('declined');
    const refused = await problem(await call(jo.cookie, 'POST', '/api/champions/me/invitation', { accept: true }), 409);
    expect(refused.detail).toBe('There is no invitation to accept: you were not taken forward as a Digital Champion.');
  });
});

describe('POST /api/champions/:personId/pause, resume and step-down', () => {
  it('lets a champion pause, resume and step down, each recorded with who did it', async () => {
    const kim = await colleague('Kim Lowe');
    await buildChampion(server.db, { personId: kim.personId });

    expect((await change(kim.cookie, `/api/champions/${kim.personId}/pause`, { note: 'Busy with year end' })).status).toBe('paused');
    expect((await change(tom.cookie, `/api/champions/${kim.personId}/resume`)).status).toBe('active');
    const stepped = await change(kim.cookie, `/api/champions/${kim.personId}/step-down`);

    expect(stepped.status).toBe('stepped-down');
    expect(stepped.history.map((event) => [event.fromStatus, event.toStatus, event.by?.displayName, event.note])).toEqual([
      ['active', 'paused', 'Kim Lowe', 'Busy with year end'],
      ['paused', 'active', 'Tom Nguyen', null],
      ['active', 'stepped-down', 'Kim Lowe', null],
    ]);
  });

  it('returns 409 with the reason for a move that does not fit the status', async () => {
    const lee = await colleague('Lee Moss');
    await buildChampion(server.db, { personId: lee.personId });

    const refused = await problem(await call(lee.cookie, 'POST', `/api/champions/${lee.personId}/resume`, {}), 409);

    expect(refused.detail).toBe('Only a paused champion can resume: you are already an active Digital Champion.');
  });

  it('returns 403 when a member of staff pauses someone else', async () => {
    const championId = await buildChampion(server.db);
    const other = await colleague('Mo Nash');

    const refused = await problem(await call(other.cookie, 'POST', `/api/champions/${championId}/pause`, {}), 403);

    expect(refused.detail).toBe('Only the champion themselves, the digital team and HR can pause a Digital Champion.');
  });

  it('returns 400 naming the field for a note that is too long', async () => {
    const championId = await buildChampion(server.db);

    const refused = await problem(await call(tom.cookie, 'POST', `/api/champions/${championId}/pause`, { note: 'x'.repeat(501) }), 400);

    expect(refused.errors?.map((error) => error.field)).toEqual(['body.note']);
  });
});

describe('PUT /api/champions/me/profile', () => {
  const profile = { specialisms: ['Excel', 'Screen readers'], siteId: null, serviceId: null, workingDays: [2, 4], capacity: 4, about: 'Ask me about spreadsheets.' };

  it('saves the profile; the site and service shown are the directory’s unless the champion chose others', async () => {
    const service = await buildService(server.db, `Revenues ${randomUUID()}`);
    const homeSite = await buildSite(server.db);
    const otherSite = await buildSite(server.db, `Central Library ${randomUUID()}`);
    const nia = await colleague('Nia Owen', { serviceId: service, siteId: homeSite });
    await buildChampion(server.db, { personId: nia.personId });

    const response = await call(nia.cookie, 'PUT', '/api/champions/me/profile', { ...profile, siteId: otherSite });

    expect(response.status).toBe(200);
    const saved = ChampionProfile.parse(await response.json());
    expect(saved).toMatchObject({ specialisms: ['Excel', 'Screen readers'], workingDays: [2, 4], capacity: 4, siteId: otherSite, serviceId: null });
    expect(saved.site?.id).toBe(otherSite);
    expect(saved.service?.id).toBe(service);
  });

  it('returns 422 naming the field for a site that is not in the directory, and saves nothing', async () => {
    const ollie = await colleague('Ollie Park');
    await buildChampion(server.db, { personId: ollie.personId, capacity: 2 });

    const refused = await problem(await call(ollie.cookie, 'PUT', '/api/champions/me/profile', { ...profile, siteId: randomUUID() }), 422);

    expect(refused.errors).toEqual([{ field: 'body.siteId', message: 'is not a site in the council’s directory' }]);
    expect((await myRecord(ollie.cookie)).capacity).toBe(2);
  });

  it('returns 422 naming each field that is not valid', async () => {
    const pat = await colleague('Pat Quinn');
    await buildChampion(server.db, { personId: pat.personId });

    const refused = await problem(await call(pat.cookie, 'PUT', '/api/champions/me/profile', { ...profile, capacity: 0, workingDays: [] }), 422);

    expect(refused.errors?.map((error) => error.field).sort()).toEqual(['body.capacity', 'body.workingDays']);
  });

  it('returns 404 for someone who is not a champion', async () => {
    const ray = await colleague('Ray Stone');

    await problem(await call(ray.cookie, 'PUT', '/api/champions/me/profile', profile), 404);
  });
});

describe('GET /api/champions/profile-choices', () => {
  it('lists the directory’s sites and services for the profile form', async () => {
    const siteName = `Riverside Hub ${randomUUID()}`;
    const siteId = await buildSite(server.db, siteName);
    const viewer = await colleague('Quinn Reed');

    const response = await call(viewer.cookie, 'GET', '/api/champions/profile-choices');

    expect(response.status).toBe(200);
    const choices = ChampionProfileChoices.parse(await response.json());
    expect(choices.sites).toContainEqual({ id: siteId, name: siteName });
    expect(choices.services.length).toBeGreaterThan(0);
  });
});

describe('GET /api/champions/:personId', () => {
  it('shows the digital team a champion’s full record, strengths included, and writes the read to the audit log', async () => {
    const championId = await buildChampion(server.db, { displayName: 'Sue Turner', strengths: { 'managing-information': 'confident', creating: 'capable' } });

    const response = await call(tom.cookie, 'GET', `/api/champions/${championId}`);

    expect(response.status).toBe(200);
    const record = ChampionProfile.parse(await response.json());
    expect(record.strengths.map((strength) => [strength.categoryKey, strength.level])).toEqual([
      ['managing-information', 'confident'],
      ['creating', 'capable'],
    ]);
    const logged = await server.db
      .selectFrom('audit_log')
      .select(['action', 'resource'])
      .where('actor_person_id', '=', tom.id)
      .where('subject_person_id', '=', championId)
      .execute();
    expect(logged).toEqual([{ action: 'read', resource: 'champion-record' }]);
  });

  it('returns 403 when a member of staff reads someone else’s full record', async () => {
    const championId = await buildChampion(server.db);
    const viewer = await colleague('Uma Vance');

    await problem(await call(viewer.cookie, 'GET', `/api/champions/${championId}`), 403);
  });
});

describe('GET /api/champions', () => {
  it('shows staff only active champions, with what they share', async () => {
    const active = await buildChampion(server.db, { displayName: 'Val Webb', specialisms: ['Teams meetings'], strengths: { communicating: 'confident' } });
    const paused = await buildChampion(server.db, { displayName: 'Wyn Xu', status: 'paused' });
    const viewer = await colleague('Yas Young');

    const seen = await list(viewer.cookie);

    expect(seen.canManage).toBe(false);
    expect(seen.counts).toBeNull();
    expect(seen.items.every((item) => item.status === 'active' && item.details === null)).toBe(true);
    const val = seen.items.find((item) => item.person.id === active);
    expect(val).toMatchObject({ specialisms: ['Teams meetings'], strengths: [expect.objectContaining({ categoryKey: 'communicating' })] });
    expect(seen.items.some((item) => item.person.id === paused)).toBe(false);
  });

  it('shows the digital team and HR every record, filtered by status, with counts', async () => {
    const volunteer = await colleague('Zac Abbott');
    await change(volunteer.cookie, '/api/champions/volunteer');

    const all = await list(tom.cookie);
    const volunteers = await list(fiona.cookie, '?status=volunteered');

    expect(all.canManage).toBe(true);
    expect(all.counts!.volunteered).toBeGreaterThanOrEqual(1);
    expect(all.total).toBe(Object.values(all.counts!).reduce((sum, count) => sum + count, 0));
    expect(volunteers.canManage).toBe(true);
    expect(volunteers.items.every((item) => item.status === 'volunteered')).toBe(true);
    expect(volunteers.items.find((item) => item.person.id === volunteer.personId)?.details).toMatchObject({ capacity: 3, load: 0 });
  });
});
