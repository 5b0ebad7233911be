import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ChampionProfile } from '../../api/src/contracts/champions.js';
import { CHAMPION_INVITATION_ACCEPT, CHAMPION_INVITATION_DECLINE } from '../../bot/cards/champion-invitation-card.js';
import { INVITATION_FOR_SOMEONE_ELSE, VOLUNTEER_ONLY_IN_PERSONAL_CHAT } from '../../bot/champion-feature.js';
import { demoPersonId } from '../factories/people.js';
import { actionsOf, bodyTextOf, cardOf, createBotChat, expectWellFormedCardsAndClear, type BotChat, type Card, type TeamsUser } from '../support/bot-chat.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Becoming a Digital Champion in Teams, through POST /api/messages of the real server with
 * the Teams connector played by a local channel: "volunteer" in the chat, and the digital
 * team's invitation answered with its Accept and No thanks buttons (Action.Execute).
 */

let server: TestServer;
let channel: LocalChannel;
let chat: BotChat;
let tomCookie: string;

function actionTitled(card: Card, title: string) {
  const action = actionsOf(card).find((candidate) => candidate.title === title);
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
  await chat.say(user, 'help');
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
  chat = createBotChat({ baseUrl: server.baseUrl, db: server.db, channel });
  tomCookie = await signInAs(server.baseUrl, await demoPersonId(server.db, 'Tom Nguyen'));
});

afterAll(async () => {
  await channel?.close();
  await server?.close();
});

afterEach(() => expectWellFormedCardsAndClear(channel));

describe('bot "volunteer"', () => {
  it('records the offer and says what happens next; the tab then shows it', async () => {
    const user = await chat.newColleague('Rhian Price');

    const sent = await chat.say(user, 'Volunteer');

    expect(sent).toHaveLength(1);
    expect(bodyTextOf(cardOf(sent[0]))).toContain('What happens next');
    expect(await statusOf(user.personId)).toBe('volunteered');
    const response = await fetch(`${server.baseUrl}/api/champions/me`, { headers: { cookie: await signInAs(server.baseUrl, user.personId) } });
    const record = ChampionProfile.parse(await response.json());
    expect(record.history).toEqual([expect.objectContaining({ toStatus: 'volunteered', by: { id: user.personId, displayName: 'Rhian Price' } })]);
  });

  it('explains, on a card, why a second offer is not taken', async () => {
    const user = await chat.newColleague('Steffan Rees');
    await chat.say(user, 'volunteer');

    const sent = await chat.say(user, 'volunteer');

    expect(bodyTextOf(cardOf(sent[0]))).toContain('you have volunteered and are waiting for the digital team to approve it');
  });

  it('only runs in a personal chat', async () => {
    const user = await chat.newColleague('Tegan Lloyd');

    const sent = await chat.say(user, 'volunteer', { conversationId: '19:champions-team@thread.tacv2', teamId: '19:team' });

    expect(sent.map((request) => request.activity.text)).toEqual([VOLUNTEER_ONLY_IN_PERSONAL_CHAT]);
    expect(await statusOf(user.personId)).toBeUndefined();
  });
});

describe('the invitation card', () => {
  it('makes the person an active champion when they press Accept, in place of the invitation', async () => {
    const user = await chat.newColleague('Owain Hughes');
    const invitation = await inviteFromTheTab(user);
    expect(bodyTextOf(invitation)).toContain('Tom Nguyen from the digital team has invited you');

    const answer = await chat.press(user, invitation, 'Accept');

    expect(bodyTextOf(answer)).toContain('You are now a Digital Champion');
    expect(await statusOf(user.personId)).toBe('active');
  });

  it('records no thanks, and a later Accept on the same card says why it no longer works', async () => {
    const user = await chat.newColleague('Bethan Davies');
    const invitation = await inviteFromTheTab(user);
    expect(actionTitled(invitation, 'No thanks').verb).toBe(CHAMPION_INVITATION_DECLINE);

    const declined = await chat.press(user, invitation, 'No thanks');
    const lateAccept = await chat.press(user, invitation, 'Accept');

    expect(bodyTextOf(declined)).toContain('You said no thanks');
    expect(bodyTextOf(lateAccept)).toContain('There is no invitation to accept: you were not taken forward as a Digital Champion.');
    expect(await statusOf(user.personId)).toBe('declined');
  });

  it('does nothing when someone else presses it', async () => {
    const invited = await chat.newColleague('Carys Jones');
    const other = await chat.newColleague('Dylan Evans');
    const invitation = await inviteFromTheTab(invited);
    expect(actionTitled(invitation, 'Accept').verb).toBe(CHAMPION_INVITATION_ACCEPT);

    const answer = await chat.press(other, invitation, 'Accept');

    expect(bodyTextOf(answer)).toContain(INVITATION_FOR_SOMEONE_ELSE);
    expect(await statusOf(invited.personId)).toBe('invited');
    expect(await statusOf(other.personId)).toBeUndefined();
  });
});

describe('bot "my data"', () => {
  it('points to the download on the tab’s privacy notice', async () => {
    const user = await chat.newColleague('Iwan Jenkins');

    const sent = await chat.say(user, 'My data');

    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]);
    expect(bodyTextOf(card)).toContain('You can download everything the hub holds about you');
    const [download] = actionsOf(card);
    expect(download).toMatchObject({ type: 'Action.OpenUrl', title: 'Download my data' });
    expect(JSON.parse(new URL(download!.url!).searchParams.get('context')!)).toEqual({ subEntityId: '/privacy' });
  });
});
