import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { LatestMatchRun, MatchRun, MyMatch, MyMatching } from '../../api/src/contracts/matching.js';
import { MATCH_DECLINE } from '../../bot/cards/match-made-cards.js';
import { buildService } from '../factories/campaign-people.js';
import { buildAuditResult, buildChampion, buildSite, type CategoryOutcome } from '../factories/champions.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { actionsOf, cardOf, createBotChat, textOf, type BotChat, type TeamsUser } from '../support/bot-chat.js';
import { request } from '../support/http-client.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { settableClock } from '../support/settable-clock.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Matching learners with champions through the real server: learners opt in over HTTP,
 * the digital team runs matching, both sides are told by the bot (the Teams connector
 * played by a local channel, their personal chats stored as the bot stores them), either
 * side declines (in the tab or with the card's button), and a declined pair is not
 * matched again within the repeat period.
 */

const clock = settableClock('2026-11-16T10:00:00Z');
let server: TestServer;
let channel: LocalChannel;
let chat: BotChat;
const cookies = new Map<string, string>();
let digital: Record<string, string>;
let serviceId: string;
let siteId: string;
let counter = 0;

interface Someone extends TeamsUser {
  headers: Record<string, string>;
}

async function headersFor(personId: string): Promise<Record<string, string>> {
  let cookie = cookies.get(personId);
  if (!cookie) cookies.set(personId, (cookie = await signInAs(server.baseUrl, personId)));
  return { cookie };
}

async function someone(personId: string): Promise<Someone> {
  return { ...(await chat.userFor(personId)), headers: await headersFor(personId) };
}

/** A colleague at the test site and service, with a submitted audit showing these outcomes (none: no audit). */
async function learner(outcomes?: Record<string, CategoryOutcome>): Promise<Someone> {
  const id = await buildPerson(server.db, { displayName: `Learner ${++counter} Test`, entraObjectId: randomUUID(), siteId, serviceId });
  if (outcomes) await buildAuditResult(server.db, id, outcomes);
  return someone(id);
}

async function champion(strengths: Record<string, 'capable' | 'confident'>, capacity = 3): Promise<Someone> {
  const id = await buildChampion(server.db, { displayName: `Champion ${++counter} Test`, siteId, serviceId, strengths, capacity });
  return someone(id);
}

async function optIn(person: Someone, inPerson = true): Promise<Response> {
  return request(server.baseUrl, 'PUT', '/api/matching/opt-in', person.headers, { inPerson });
}

async function runMatching(headers = digital): Promise<MatchRun> {
  const response = await request(server.baseUrl, 'POST', '/api/matching/runs', headers, {});
  expect(response.status).toBe(200);
  return MatchRun.parse(await response.json());
}

async function myMatching(person: Someone): Promise<MyMatching> {
  const response = await request(server.baseUrl, 'GET', '/api/matching/me', person.headers);
  expect(response.status).toBe(200);
  return MyMatching.parse(await response.json());
}

/** The cards the bot has sent to the person's personal chat so far, waiting for at least `count`. */
async function cardsFor(person: Someone, count: number): Promise<Array<Record<string, unknown>>> {
  const deadline = Date.now() + 10_000;
  while (channel.requests.filter((each) => each.conversationId === person.conversationId).length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} cards for ${person.name}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return channel.requests.filter((each) => each.conversationId === person.conversationId).map(cardOf);
}

beforeAll(async () => {
  channel = await startLocalChannel();
  server = await startTestServer({ overrides: { clock } });
  chat = createBotChat({ baseUrl: server.baseUrl, db: server.db, channel });
  digital = await headersFor(await demoPersonId(server.db, 'Tom Nguyen'));
  serviceId = await buildService(server.db);
  siteId = await buildSite(server.db);
});

// Each test starts with nobody waiting and no champion with room, so runs only see its own people.
afterEach(async () => {
  await server.db.updateTable('matching_opt_ins').set({ withdrawn_at: clock.now() }).where('withdrawn_at', 'is', null).execute();
  await server.db.updateTable('champions').set({ status: 'stepped-down' }).where('status', '=', 'active').execute();
  channel.clear();
});

afterAll(async () => {
  await server?.close();
  await channel?.close();
});

describe('PUT /api/matching/opt-in', () => {
  it('returns 409 with the reason when the learner has not submitted a skills audit, and saves nothing', async () => {
    const sam = await learner();

    const response = await optIn(sam);

    expect(response.status).toBe(409);
    expect(((await response.json()) as { detail: string }).detail).toContain('Take the skills audit first');
    expect(await myMatching(sam)).toMatchObject({ hasAudit: false, optIn: null });
  });

  it('returns 400 naming the field when the choice of help in person is missing', async () => {
    const sam = await learner({ creating: { level: 'not-yet', gaps: 2 } });

    const response = await request(server.baseUrl, 'PUT', '/api/matching/opt-in', sam.headers, { note: 'Excel please' });

    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('body.inPerson');
  });

  it('opts a learner with an audit in, and DELETE withdraws them', async () => {
    const sam = await learner({ creating: { level: 'not-yet', gaps: 2 } });

    const opted = MyMatching.parse(await (await optIn(sam, false)).json());
    expect(opted).toMatchObject({ hasAudit: true, optIn: { inPerson: false }, match: null });

    const withdrawn = await request(server.baseUrl, 'DELETE', '/api/matching/opt-in', sam.headers);
    expect(withdrawn.status).toBe(200);
    expect(MyMatching.parse(await withdrawn.json()).optIn).toBeNull();
  });
});

describe('POST /api/matching/runs', () => {
  it('returns 403 to anyone but the digital team, and writes nothing', async () => {
    const sam = await learner({ creating: { level: 'not-yet', gaps: 2 } });
    await champion({ creating: 'confident' });
    await optIn(sam);
    const hr = await headersFor(await demoPersonId(server.db, 'Fiona Campbell'));

    for (const headers of [sam.headers, hr]) {
      expect((await request(server.baseUrl, 'POST', '/api/matching/runs', headers, {})).status).toBe(403);
    }
    expect(await server.db.selectFrom('champion_matches').select('id').where('learner_id', '=', sam.personId).execute()).toEqual([]);
  });

  it('matches waiting learners, writes the run with every match explained, and lists the unmatched with reasons', async () => {
    const priya = await champion({ creating: 'confident', transacting: 'confident' }, 1);
    const sam = await learner({ creating: { level: 'not-yet', gaps: 2 }, transacting: { level: 'developing', decays: 1 } });
    const dave = await learner({ creating: { level: 'developing', decays: 1 } });
    const gareth = await learner({ 'safe-and-legal': { level: 'not-yet', gaps: 3 } });
    for (const person of [sam, dave, gareth]) expect((await optIn(person)).status).toBe(200);

    const run = await runMatching();

    expect(run.matches).toEqual([
      expect.objectContaining({ learner: { id: sam.personId, displayName: sam.name }, champion: { id: priya.personId, displayName: priya.name }, status: 'active' }),
    ]);
    expect(run.matches[0]!.explanation).toBe('covers 1 of 1 gap and 1 of 1 skill to refresh · same building · same service');
    expect(run.unmatched).toEqual(
      expect.arrayContaining([
        { person: { id: dave.personId, displayName: dave.name }, reason: 'at-capacity', reasonText: 'the champions who could help are all at capacity' },
        { person: { id: gareth.personId, displayName: gareth.name }, reason: 'no-strong-champion', reasonText: 'no champion is strong in what you need' },
      ]),
    );
    const saved = await server.db.selectFrom('match_runs').selectAll().where('id', '=', run.id).executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ matched_count: 1 });
    expect(await server.db.selectFrom('champion_matches').select(['learner_id', 'champion_id', 'status']).where('run_id', '=', run.id).execute()).toEqual([
      { learner_id: sam.personId, champion_id: priya.personId, status: 'active' },
    ]);
    expect((await myMatching(dave)).lastUnmatched).toMatchObject({ reason: 'at-capacity' });
  });

  it('tells both sides through the bot, each with a chat link to the other and a Decline button', async () => {
    const priya = await champion({ communicating: 'confident' });
    const sam = await learner({ communicating: { level: 'not-yet', gaps: 1 } });
    await optIn(sam);

    const run = await runMatching();
    const matchId = run.matches[0]!.id;

    const [learnerCard] = await cardsFor(sam, 1);
    expect(textOf(learnerCard!)).toContain(`You have been matched with ${priya.name} — covers 1 of 1 gap · same building · same service`);
    expect(actionsOf(learnerCard!)).toEqual([
      expect.objectContaining({ type: 'Action.OpenUrl', title: 'Open chat', url: expect.stringContaining(encodeURIComponent(priya.email)) }),
      expect.objectContaining({ type: 'Action.Execute', title: 'Decline', verb: MATCH_DECLINE, data: { matchId } }),
    ]);
    const [championCard] = await cardsFor(priya, 1);
    expect(textOf(championCard!)).toContain(`You have been matched with ${sam.name}`);
    expect(actionsOf(championCard!)[0]).toMatchObject({ title: 'Open chat', url: expect.stringContaining(encodeURIComponent(sam.email)) });
    expect(channel.unexpected).toEqual([]);
  });
});

describe('GET /api/matching/runs/latest and GET /api/matching/me', () => {
  it('shows the digital team the latest run, and each side their match with a chat link to the other', async () => {
    const priya = await champion({ creating: 'capable' });
    const sam = await learner({ creating: { level: 'not-yet', gaps: 1 } });
    await optIn(sam);
    const run = await runMatching();

    expect((await request(server.baseUrl, 'GET', '/api/matching/runs/latest', sam.headers)).status).toBe(403);
    const latest = LatestMatchRun.parse(await (await request(server.baseUrl, 'GET', '/api/matching/runs/latest', digital)).json());
    expect(latest).toMatchObject({ run: { id: run.id, matchedCount: 1 }, waitingLearners: 0 });
    const reads = await server.db.selectFrom('audit_log').select(['action', 'resource']).where('subject_person_id', '=', sam.personId).execute();
    expect(reads).toContainEqual({ action: 'read', resource: 'champion-matching' });

    const mine = await myMatching(sam);
    expect(mine.match).toMatchObject({ id: run.matches[0]!.id, champion: { id: priya.personId }, explanation: 'covers 1 of 1 gap · same building · same service' });
    expect(mine.match!.chatUrl).toContain(encodeURIComponent(priya.email));
    const theirs = await myMatching(priya);
    expect(theirs.asChampion).toEqual([expect.objectContaining({ learner: { id: sam.personId, displayName: sam.name } })]);
    expect(theirs.asChampion[0]!.chatUrl).toContain(encodeURIComponent(sam.email));
  });
});

describe('POST /api/matching/matches/:id/decline', () => {
  it('lets the learner decline in the tab: the match records who and when, and the champion is told', async () => {
    const priya = await champion({ creating: 'confident' });
    const sam = await learner({ creating: { level: 'not-yet', gaps: 1 } });
    await optIn(sam);
    const matchId = (await runMatching()).matches[0]!.id;
    await cardsFor(priya, 1);

    const response = await request(server.baseUrl, 'POST', `/api/matching/matches/${matchId}/decline`, sam.headers);

    expect(response.status).toBe(200);
    expect(MyMatch.parse(await response.json())).toMatchObject({ status: 'declined', declinedBy: { id: sam.personId }, declinedAt: expect.any(String) });
    const cards = await cardsFor(priya, 2);
    expect(textOf(cards[1]!)).toContain(`${sam.name} declined the match with you`);
    expect((await request(server.baseUrl, 'POST', `/api/matching/matches/${matchId}/decline`, priya.headers)).status).toBe(409);
  });

  it('lets the champion decline with the card’s button: the card is replaced and the learner is told', async () => {
    const priya = await champion({ creating: 'confident' });
    const sam = await learner({ creating: { level: 'not-yet', gaps: 1 } });
    await optIn(sam);
    const matchId = (await runMatching()).matches[0]!.id;
    await cardsFor(sam, 1);

    const answer = await chat.execute(priya, MATCH_DECLINE, { matchId });

    expect(answer.status).toBe(200);
    expect(textOf(answer.card)).toContain(`You declined the match with ${sam.name}`);
    const cards = await cardsFor(sam, 2);
    expect(textOf(cards[1]!)).toContain(`${priya.name} cannot be your Digital Champion after all`);
    expect((await myMatching(sam)).match).toBeNull();
  });

  it('returns 403 to someone outside the match and 404 for a match that does not exist', async () => {
    await champion({ creating: 'confident' });
    const sam = await learner({ creating: { level: 'not-yet', gaps: 1 } });
    const other = await learner({ creating: { level: 'not-yet', gaps: 1 } });
    await optIn(sam);
    const matchId = (await runMatching()).matches[0]!.id;

    expect((await request(server.baseUrl, 'POST', `/api/matching/matches/${matchId}/decline`, other.headers)).status).toBe(403);
    expect((await request(server.baseUrl, 'POST', `/api/matching/matches/${randomUUID()}/decline`, sam.headers)).status).toBe(404);
  });

  it('does not pair a declined learner and champion again within the repeat period, and can after it', async () => {
    const priya = await champion({ creating: 'confident' });
    const sam = await learner({ creating: { level: 'not-yet', gaps: 1 } });
    await optIn(sam);
    const first = await runMatching();
    await request(server.baseUrl, 'POST', `/api/matching/matches/${first.matches[0]!.id}/decline`, priya.headers);

    const again = await runMatching();
    expect(again.matches).toEqual([]);
    expect(again.unmatched).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: sam.personId }), reason: 'recently-matched' })]);

    clock.advance(181 * 24 * 60 * 60 * 1000);
    // Sessions do not last half a year: the digital team signs in again.
    cookies.clear();
    const later = await runMatching(await headersFor(await demoPersonId(server.db, 'Tom Nguyen')));
    expect(later.matches).toEqual([expect.objectContaining({ learner: expect.objectContaining({ id: sam.personId }), champion: expect.objectContaining({ id: priya.personId }) })]);
  });
});
