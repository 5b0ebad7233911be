import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ChampionProfile } from '../../api/src/contracts/champions.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { CHAMPION_INVITATION_ACCEPT, CHAMPION_INVITATION_DECLINE } from '../../bot/cards/champion-invitation-card.js';
import { INVITATION_FOR_SOMEONE_ELSE, VOLUNTEER_ONLY_IN_PERSONAL_CHAT } from '../../bot/champion-feature.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { startLocalChannel, type ChannelRequest, type LocalChannel } from '../support/local-channel.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Becoming a Digital Champion in Teams, through POST /api/messages of the real server with
 * the Teams connector played by a local channel: "volunteer" in the chat, and the digital
 * team's invitation answered with its Accept and No thanks buttons (Action.Execute).
 */

const TENANT_ID = '8d5e3c1a-0f7b-4a62-9e14-3b2c7d9f0a51';
const BOT = { id: '28:digital-culture-hub', name: 'Digital Culture Hub' };
const CARD = 'application/vnd.microsoft.card.adaptive';

interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  personId: string;
  conversationId: string;
}

type Card = Record<string, unknown>;
type ExecuteAction = { type: string; title: string; verb: string; data: Record<string, unknown> };

let server: TestServer;
let channel: LocalChannel;
let tomCookie: string;
let counter = 0;

async function newColleague(name: string): Promise<TeamsUser> {
  const aadObjectId = randomUUID();
  const personId = await buildPerson(server.db, { displayName: name, entraObjectId: aadObjectId });
  return { id: `29:${personId}`, name, aadObjectId, personId, conversationId: `a:1chat-with-${personId}` };
}

function activityFrom(user: TeamsUser, overrides: Record<string, unknown>) {
  counter += 1;
  return {
    type: 'message',
    id: `incoming-${counter}`,
    channelId: 'msteams',
    serviceUrl: channel.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    ...overrides,
  };
}

async function postActivity(activity: Record<string, unknown>): Promise<Response> {
  const response = await fetch(`${server.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(response.status).toBe(200);
  return response;
}

/** Types a message to the bot; returns what the bot sent back to the channel for it. */
async function say(user: TeamsUser, text: string, overrides: Record<string, unknown> = {}): Promise<ChannelRequest[]> {
  const before = channel.requests.length;
  await postActivity(activityFrom(user, { text, ...overrides }));
  return channel.requests.slice(before);
}

/** Presses an Action.Execute button as Teams does; returns the card that replaces the pressed one. */
async function press(user: TeamsUser, action: ExecuteAction): Promise<Card> {
  expect(action.type).toBe('Action.Execute');
  const response = await postActivity(
    activityFrom(user, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } } }),
  );
  const answer = (await response.json()) as { statusCode: number; type: string; value: Card };
  expect(answer).toMatchObject({ statusCode: 200, type: CARD });
  expect(findCardProblems(answer.value)).toEqual([]);
  return answer.value;
}

function cardOf(request: ChannelRequest | undefined): Card {
  expect(request?.activity.attachments).toHaveLength(1);
  const attachment = request!.activity.attachments![0]!;
  expect(attachment.contentType).toBe(CARD);
  return attachment.content;
}

const visibleText = (card: Card): string => JSON.stringify(card.body);

function actionTitled(card: Card, title: string): ExecuteAction {
  const action = (card.actions as ExecuteAction[]).find((candidate) => candidate.title === title);
  expect(action).toBeDefined();
  return action!;
}

async function statusOf(personId: string): Promise<string | undefined> {
  const row = await server.db.selectFrom('champions').select('status').where('person_id', '=', personId).executeTakeFirst();
  return row?.status;
}

/** The digital team invites `user` from the tab; returns the invitation card the bot sent them. */
async function inviteFromTheTab(user: TeamsUser): Promise<Card> {
  // The person has talked to the bot before, so it has their personal chat.
  await say(user, 'help');
  channel.clear();
  const response = await fetch(`${server.baseUrl}/api/champions/invite`, {
    method: 'POST',
    headers: { cookie: tomCookie, 'content-type': 'application/json' },
    body: JSON.stringify({ personId: user.personId }),
  });
  expect(response.status).toBe(200);
  const sent = channel.activitiesIn(user.conversationId);
  expect(sent).toHaveLength(1);
  return sent[0]!.attachments![0]!.content;
}

beforeAll(async () => {
  server = await startTestServer();
  channel = await startLocalChannel();
  tomCookie = await signInAs(server.baseUrl, await demoPersonId(server.db, 'Tom Nguyen'));
});

afterAll(async () => {
  await channel?.close();
  await server?.close();
});

afterEach(() => {
  for (const request of channel.requests) {
    for (const attachment of request.activity.attachments ?? []) expect(findCardProblems(attachment.content)).toEqual([]);
  }
  expect(channel.unexpected).toEqual([]);
  channel.clear();
});

describe('bot "volunteer"', () => {
  it('records the offer and says what happens next; the tab then shows it', async () => {
    const user = await newColleague('Rhian Price');

    const sent = await say(user, 'Volunteer');

    expect(sent).toHaveLength(1);
    expect(visibleText(cardOf(sent[0]))).toContain('What happens next');
    expect(await statusOf(user.personId)).toBe('volunteered');
    const response = await fetch(`${server.baseUrl}/api/champions/me`, { headers: { cookie: await signInAs(server.baseUrl, user.personId) } });
    const record = ChampionProfile.parse(await response.json());
    expect(record.history).toEqual([expect.objectContaining({ toStatus: 'volunteered', by: { id: user.personId, displayName: 'Rhian Price' } })]);
  });

  it('explains, on a card, why a second offer is not taken', async () => {
    const user = await newColleague('Steffan Rees');
    await say(user, 'volunteer');

    const sent = await say(user, 'volunteer');

    expect(visibleText(cardOf(sent[0]))).toContain('you have volunteered and are waiting for the digital team to approve it');
  });

  it('only runs in a personal chat', async () => {
    const user = await newColleague('Tegan Lloyd');

    const sent = await say(user, 'volunteer', {
      conversation: { id: '19:champions-team@thread.tacv2', conversationType: 'channel', tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID }, team: { id: '19:team' }, channel: { id: '19:champions-team@thread.tacv2' } },
    });

    expect(sent.map((request) => request.activity.text)).toEqual([VOLUNTEER_ONLY_IN_PERSONAL_CHAT]);
    expect(await statusOf(user.personId)).toBeUndefined();
  });
});

describe('the invitation card', () => {
  it('makes the person an active champion when they press Accept, in place of the invitation', async () => {
    const user = await newColleague('Owain Hughes');
    const invitation = await inviteFromTheTab(user);
    expect(visibleText(invitation)).toContain('Tom Nguyen from the digital team has invited you');

    const answer = await press(user, actionTitled(invitation, 'Accept'));

    expect(visibleText(answer)).toContain('You are now a Digital Champion');
    expect(await statusOf(user.personId)).toBe('active');
  });

  it('records no thanks, and a later Accept on the same card says why it no longer works', async () => {
    const user = await newColleague('Bethan Davies');
    const invitation = await inviteFromTheTab(user);
    expect(actionTitled(invitation, 'No thanks').verb).toBe(CHAMPION_INVITATION_DECLINE);

    const declined = await press(user, actionTitled(invitation, 'No thanks'));
    const lateAccept = await press(user, actionTitled(invitation, 'Accept'));

    expect(visibleText(declined)).toContain('You said no thanks');
    expect(visibleText(lateAccept)).toContain('There is no invitation to accept: you were not taken forward as a Digital Champion.');
    expect(await statusOf(user.personId)).toBe('declined');
  });

  it('does nothing when someone else presses it', async () => {
    const invited = await newColleague('Carys Jones');
    const other = await newColleague('Dylan Evans');
    const invitation = await inviteFromTheTab(invited);
    const accept = actionTitled(invitation, 'Accept');
    expect(accept.verb).toBe(CHAMPION_INVITATION_ACCEPT);

    const answer = await press(other, accept);

    expect(visibleText(answer)).toContain(INVITATION_FOR_SOMEONE_ELSE);
    expect(await statusOf(invited.personId)).toBe('invited');
    expect(await statusOf(other.personId)).toBeUndefined();
  });
});
