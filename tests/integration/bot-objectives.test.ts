import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Objective } from '../../api/src/contracts/objectives.js';
import { OBJECTIVE_VERBS, RETURN_COMMENT_INPUT } from '../../bot/cards/objective-card-data.js';
import { OBJECTIVES_COMMAND } from '../../bot/commands.js';
import { OBJECTIVES_ONLY_IN_PERSONAL_CHAT } from '../../bot/objective-feature.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { actionsOf, bodyTextOf, cardOf, CARD, createBotChat, expectWellFormedCardsAndClear, inputsOf, textOf, type BotChat, type Card, type TeamsUser } from '../support/bot-chat.js';
import { request } from '../support/http-client.js';
import { startLocalChannel, type ChannelRequest, type LocalChannel } from '../support/local-channel.js';
import { objectivesCast, type Cast } from '../support/objectives-cast.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Digital objectives in Teams, through POST /api/messages of the real server with the Teams
 * connector played by a local channel: Sam proposes an objective in the tab, his line
 * manager Gareth gets it as a card in his chat with the bot and agrees or returns it there,
 * and Sam is told in his own chat.
 */

let server: TestServer;
let channel: LocalChannel;
let chat: BotChat;
let cast: Cast;
let yearId: string;
let sam: TeamsUser;
let gareth: TeamsUser;
let outsider: TeamsUser;

function inConversation(requests: readonly ChannelRequest[], user: TeamsUser): ChannelRequest[] {
  return requests.filter((sent) => sent.conversationId === user.conversationId && sent.method === 'POST');
}

async function stored(objectiveId: string) {
  return server.db.selectFrom('objectives').select(['status', 'agreed_by', 'return_comment']).where('id', '=', objectiveId).executeTakeFirstOrThrow();
}

async function eventsOf(objectiveId: string): Promise<number> {
  const row = await server.db.selectFrom('objective_events').select(({ fn }) => fn.countAll<number>().as('count')).where('objective_id', '=', objectiveId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Sam proposes a draft from the tab; returns its id and the card the bot sent Gareth. */
async function proposedBySam(title = 'Get confident with shared files in SharePoint'): Promise<{ objectiveId: string; card: Card; request: ChannelRequest }> {
  const objectiveId = await buildObjective(server.db, cast.staff.id, yearId, { title });
  const before = channel.requests.length;
  const response = await request(server.baseUrl, 'POST', `/api/objectives/${objectiveId}/propose`, cast.staff.headers);
  expect(response.status).toBe(200);
  expect(Objective.parse(await response.json()).status).toBe('proposed');
  const [sent] = inConversation(channel.requests.slice(before), gareth);
  return { objectiveId, card: cardOf(sent), request: sent! };
}

beforeAll(async () => {
  server = await startTestServer();
  channel = await startLocalChannel();
  chat = createBotChat({ baseUrl: server.baseUrl, db: server.db, channel });
  cast = await objectivesCast(server);
  yearId = await buildAppraisalYear(server.db);
  sam = await chat.userFor(cast.staff.id);
  gareth = await chat.userFor(cast.directManager.id);
  outsider = await chat.userFor(cast.managerOutside.id);
});

afterAll(async () => {
  await channel?.close();
  await server?.close();
});

afterEach(() => expectWellFormedCardsAndClear(channel));

describe('a proposed objective reaches the line manager', () => {
  it('sends Gareth, and only Gareth, a card with the proposal and Agree and Return', async () => {
    const before = channel.requests.length;
    const { objectiveId, card } = await proposedBySam('Use Forms for the team’s surveys');

    expect(channel.requests.slice(before).map((sent) => sent.conversationId)).toEqual([gareth.conversationId]);
    expect(bodyTextOf(card)).toContain(`${cast.staff.displayName} proposes a digital objective`);
    expect(bodyTextOf(card)).toContain('Use Forms for the team’s surveys');
    expect(bodyTextOf(card)).toContain('What success looks like');
    expect(actionsOf(card).filter((action) => action.type === 'Action.Execute').map((action) => [action.title, action.verb, action.data])).toEqual([
      ['Agree', OBJECTIVE_VERBS.agree, { objectiveId }],
      ['Return', OBJECTIVE_VERBS.return, { objectiveId }],
    ]);
    expect(inputsOf(card.body)).toEqual([expect.objectContaining({ type: 'Input.Text', id: 'comment', label: RETURN_COMMENT_INPUT.label })]);
  });
});

describe('Agree on the card', () => {
  it('agrees the objective, replaces the card, and tells Sam in his chat', async () => {
    const { objectiveId, card, request: offer } = await proposedBySam();
    const agree = actionsOf(card).find((action) => action.title === 'Agree')!;

    const answer = await chat.execute(gareth, agree.verb!, agree.data!, { replyToId: offer.assignedId });

    expect(answer).toMatchObject({ status: 200, statusCode: 200, type: CARD });
    expect(bodyTextOf(answer.card)).toContain(`Agreed — ${cast.staff.displayName} has been told.`);
    expect(await stored(objectiveId)).toMatchObject({ status: 'agreed', agreed_by: cast.directManager.id });
    const [told] = inConversation(answer.sent, sam);
    expect(bodyTextOf(cardOf(told))).toContain(`${cast.directManager.displayName} agreed your digital objective`);
    expect(actionsOf(cardOf(told))).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', title: 'Open my objective' })]);
    expect(decodeURIComponent(actionsOf(cardOf(told))[0]!.url!)).toContain(`/objectives/view?id=${objectiveId}`);
    // The answer replaces the pressed card; nothing else goes to Gareth's chat.
    expect(inConversation(answer.sent, gareth)).toEqual([]);
  });

  it('gives the reason (409) when the objective is already agreed, and changes nothing', async () => {
    const { objectiveId, card } = await proposedBySam();
    await chat.press(gareth, card, 'Agree');
    const events = await eventsOf(objectiveId);

    const again = await chat.press(gareth, card, 'Agree');

    expect(bodyTextOf(again)).toContain('This objective could not be agreed');
    expect(bodyTextOf(again)).toContain('Only an objective waiting for agreement can be agreed: this one is “Agreed”.');
    expect(await stored(objectiveId)).toMatchObject({ status: 'agreed', agreed_by: cast.directManager.id });
    expect(await eventsOf(objectiveId)).toBe(events);
  });

  it('lets a manager higher up Sam’s chain agree from a forwarded card', async () => {
    const { objectiveId, card } = await proposedBySam();
    const head = await chat.userFor(cast.indirectManager.id);

    const answer = await chat.press(head, card, 'Agree');

    expect(bodyTextOf(answer)).toContain(`Agreed — ${cast.staff.displayName} has been told.`);
    expect(await stored(objectiveId)).toMatchObject({ status: 'agreed', agreed_by: cast.indirectManager.id });
  });

  it('refuses a manager outside Sam’s chain who presses a forwarded card, and changes nothing', async () => {
    const { objectiveId, card } = await proposedBySam();
    const events = await eventsOf(objectiveId);

    const refused = await chat.press(outsider, card, 'Agree');
    const returned = await chat.execute(outsider, OBJECTIVE_VERBS.return, { objectiveId, comment: 'Looks wrong to me.' });

    expect(bodyTextOf(refused)).toContain('This objective could not be agreed');
    expect(bodyTextOf(refused)).toContain('That objective was not found.');
    expect(bodyTextOf(refused)).not.toContain('SharePoint');
    expect(bodyTextOf(returned.card)).toContain('That objective was not found.');
    expect(await stored(objectiveId)).toMatchObject({ status: 'proposed', agreed_by: null, return_comment: null });
    expect(await eventsOf(objectiveId)).toBe(events);
    expect(inConversation([...channel.requests], sam)).toEqual([]);
  });
});

describe('Return on the card', () => {
  it('returns it with the comment, replaces the card, and tells Sam what to change', async () => {
    const { objectiveId } = await proposedBySam();

    const answer = await chat.execute(gareth, OBJECTIVE_VERBS.return, { objectiveId, comment: 'Say which shared files, and by when.' });

    expect(answer).toMatchObject({ status: 200, statusCode: 200, type: CARD });
    expect(bodyTextOf(answer.card)).toContain(`Returned — ${cast.staff.displayName} has been told, with your comment.`);
    expect(await stored(objectiveId)).toMatchObject({ status: 'returned', return_comment: 'Say which shared files, and by when.' });
    const [told] = inConversation(answer.sent, sam);
    expect(textOf(cardOf(told))).toContain('Your digital objective was returned');
    expect(textOf(cardOf(told))).toContain('Say which shared files, and by when.');
  });

  it('names the comment box when Return comes without a comment, shows the card again and writes nothing', async () => {
    const { objectiveId } = await proposedBySam();
    const events = await eventsOf(objectiveId);

    const answer = await chat.execute(gareth, OBJECTIVE_VERBS.return, { objectiveId, comment: '' });

    expect(answer).toMatchObject({ status: 200, statusCode: 200, type: CARD });
    expect(bodyTextOf(answer.card)).toContain(`Fill in “${RETURN_COMMENT_INPUT.label}” to return the objective.`);
    expect(actionsOf(answer.card).map((action) => action.title)).toEqual(['Agree', 'Return', 'Open in the tab']);
    expect(await stored(objectiveId)).toMatchObject({ status: 'proposed', return_comment: null });
    expect(await eventsOf(objectiveId)).toBe(events);
    expect(inConversation(answer.sent, sam)).toEqual([]);
  });

  it('says the card names no objective when its data has no valid id', async () => {
    const answer = await chat.execute(gareth, OBJECTIVE_VERBS.agree, { objectiveId: 'not-an-objective' });

    expect(bodyTextOf(answer.card)).toContain('The card names an objective that does not exist.');
  });
});

describe('bot "objectives"', () => {
  it('lists Sam’s objectives for the open year with their status and next step, and opens the tab', async () => {
    await buildObjective(server.db, cast.staff.id, yearId, { title: 'Draft about Teams meetings' });
    await buildObjective(server.db, cast.staff.id, yearId, { title: 'Agreed about Excel tables', status: 'agreed' });

    const [sent] = await chat.say(sam, 'objectives');

    const card = cardOf(sent);
    expect(bodyTextOf(card)).toContain('Your digital objectives for 2026/27');
    expect(bodyTextOf(card)).toContain('Draft about Teams meetings');
    expect(bodyTextOf(card)).toContain('Next step: Finish it and propose it to your manager.');
    expect(bodyTextOf(card)).toContain('Agreed about Excel tables');
    expect(bodyTextOf(card)).toContain('Next step: Record a check-in as you make progress.');
    expect(actionsOf(card)).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', title: 'Open my objectives' })]);
  });

  it('understands "my objectives" too', async () => {
    const [sent] = await chat.say(sam, 'My objectives');

    expect(bodyTextOf(cardOf(sent))).toContain('Your digital objectives for 2026/27');
  });

  it('suggests making one from the skills report to someone who has none', async () => {
    const newcomer = await chat.newColleague('Ffion Pritchard');

    const [sent] = await chat.say(newcomer, 'objectives');

    expect(bodyTextOf(cardOf(sent))).toContain('You have no digital objective for 2026/27 yet.');
    expect(bodyTextOf(cardOf(sent))).toContain('Make one from your skills report');
  });

  it('only lists them in a personal chat', async () => {
    const sent = await chat.say(sam, 'objectives', { conversationId: '19:service-team@thread.tacv2', teamId: '19:service-team' });

    expect(sent.map((reply) => reply.activity.text)).toEqual([OBJECTIVES_ONLY_IN_PERSONAL_CHAT]);
  });

  it('is on the help card', async () => {
    const [sent] = await chat.say(sam, 'help');

    expect(textOf(cardOf(sent))).toContain(OBJECTIVES_COMMAND.description);
  });
});
