import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { HelpRequest } from '../../api/src/contracts/help-requests.js';
import { createHelpRequestSettingsRepository } from '../../api/src/db/help-request-settings-repository.js';
import { teamsChatUrl } from '../../api/src/domain/champions/teams-chat-link.js';
import { HELP_REQUEST_VERBS } from '../../bot/cards/help-request-card-data.js';
import { buildChampion, buildSite } from '../factories/champions.js';
import { buildPerson } from '../factories/people.js';
import { actionsOf, cardOf, createBotChat, expectWellFormedCardsAndClear, inputsOf, textOf, type BotChat, type TeamChannel, type TeamsUser } from '../support/bot-chat.js';
import { startLocalChannel, type ChannelRequest, type LocalChannel } from '../support/local-channel.js';
import { stillClock } from '../support/settable-clock.js';
import { CROWD_ALLOWANCES, signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Help requests in the bot, through POST /api/messages of the real server with the Teams
 * connector played by a local channel: a learner and champions, each in their own chat, and
 * the champions' team channel.
 */

const TUESDAY_MORNING = new Date('2026-11-24T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const clock = stillClock(TUESDAY_MORNING);
let server: TestServer;
let channel: LocalChannel;
let chat: BotChat;
let team: TeamChannel;

/** Every card the bot sent or updated must be one Teams renders and screen readers can read. */
const checkCardsAndClear = (): void => expectWellFormedCardsAndClear(channel);

function inConversation(requests: ChannelRequest[], user: TeamsUser | TeamChannel, method: 'POST' | 'PUT' = 'POST'): ChannelRequest[] {
  return requests.filter((request) => request.conversationId === user.conversationId && request.method === method);
}

async function settings(values: { maxOffers: number; championsChannelConversationId: string | null }): Promise<void> {
  await createHelpRequestSettingsRepository(server.db).save({ offerTimeoutWorkingHours: 4, ...values }, await buildPerson(server.db));
}

async function learnerAt(siteId: string, name = 'Sam Whitfield'): Promise<TeamsUser> {
  return chat.userFor(await buildPerson(server.db, { displayName: `${name} ${randomUUID().slice(0, 4)}`, siteId, entraObjectId: randomUUID() }));
}

async function champion(name: string, options: { siteId?: string; level?: 'capable' | 'confident'; specialisms?: string[] } = {}): Promise<TeamsUser> {
  const personId = await buildChampion(server.db, {
    displayName: `${name} ${randomUUID().slice(0, 4)}`,
    siteId: options.siteId ?? null,
    specialisms: options.specialisms ?? [],
    capacity: 20,
    strengths: { 'digital-at-work': options.level ?? 'capable' },
  });
  return chat.userFor(personId);
}

async function stored(requestId: string) {
  return server.db.selectFrom('help_requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow();
}

async function latestRequestOf(user: TeamsUser): Promise<string> {
  const row = await server.db.selectFrom('help_requests').select('id').where('requester_id', '=', user.personId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return row.id;
}

/** "help me with …", then "Send to a champion" on the card that comes back: returns the request's id and what was sent. */
async function askThroughTheBot(learner: TeamsUser, words: string): Promise<{ requestId: string; sent: ChannelRequest[] }> {
  const [confirm] = await chat.say(learner, `help me with ${words}`);
  const sent = await chat.submit(learner, confirm!, 'Send to a champion');
  return { requestId: await latestRequestOf(learner), sent };
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock, rateLimits: CROWD_ALLOWANCES } });
  channel = await startLocalChannel();
  chat = createBotChat({ baseUrl: server.baseUrl, db: server.db, channel });
  team = await chat.teamChannel('digital-champions');
});

afterAll(async () => {
  await channel?.close();
  await server?.close();
});

beforeEach(async () => {
  clock.set(TUESDAY_MORNING);
  // Each test routes among its own champions only.
  await server.db.updateTable('champions').set({ status: 'paused' }).execute();
  await settings({ maxOffers: 3, championsChannelConversationId: null });
});

afterEach(() => checkCardsAndClear());

describe('asking a champion in the bot', () => {
  it('asks what they need help with, then proposes the kind of help from their words', async () => {
    const learner = await learnerAt(await buildSite(server.db));

    const [ask] = await chat.say(learner, 'Ask a champion');
    expect(inputsOf(cardOf(ask).body)).toEqual([expect.objectContaining({ type: 'Input.Text', id: 'question' })]);

    const [confirm] = await chat.submit(learner, ask!, 'Next', { question: 'My Excel spreadsheet formula is broken' });
    expect(confirm).toMatchObject({ method: 'PUT', activityId: ask!.assignedId });
    const choice = inputsOf(cardOf(confirm).body).find((input) => input.id === 'categoryKey');
    expect(choice).toMatchObject({ type: 'Input.ChoiceSet' });
    expect(choice!.value).toBe('digital-at-work');
  });

  it('names the field when the question is left empty, and sends nothing', async () => {
    const learner = await learnerAt(await buildSite(server.db));
    const [ask] = await chat.say(learner, 'ask a champion');

    const [again] = await chat.submit(learner, ask!, 'Next', { question: '' });

    expect(textOf(cardOf(again))).toContain('Fill in “What do you need help with?”');
  });

  it('keeps plain "help" as the help card', async () => {
    const learner = await learnerAt(await buildSite(server.db));

    const [help] = await chat.say(learner, 'help');

    expect(textOf(cardOf(help))).toContain('What I can do');
    expect(textOf(cardOf(help))).toContain('ask a champion');
  });
});

describe('a help request from asking to rating, with a learner and a champion', () => {
  it('offers it, lets the champion accept, tells the learner, resolves, logs and rates it', async () => {
    const siteId = await buildSite(server.db, `Civic Centre ${randomUUID().slice(0, 4)}`);
    const learner = await learnerAt(siteId);
    const priya = await champion('Priya Chauhan', { siteId, level: 'confident', specialisms: ['Teams'] });

    // The learner asks in their own words, and confirms the kind of help the bot proposes.
    const [confirm] = await chat.say(learner, 'help me with sharing a file in Teams');
    const confirmCard = cardOf(confirm);
    expect(inputsOf(confirmCard.body)).toEqual([
      expect.objectContaining({ id: 'question', value: 'Sharing a file in Teams' }),
      expect.objectContaining({ id: 'categoryKey', value: 'digital-at-work' }),
    ]);
    expect(actionsOf(confirmCard).map((action) => action.title)).toEqual(['Send to a champion', 'Cancel']);

    const sent = await chat.submit(learner, confirm!, 'Send to a champion');
    const requestId = await latestRequestOf(learner);
    expect(await stored(requestId)).toMatchObject({ status: 'offered', offered_to: priya.personId, channel: 'bot', category_key: 'digital-at-work' });

    // The offer card arrives in the champion's own chat.
    const [offer] = inConversation(sent, priya);
    const offerCard = cardOf(offer);
    expect(textOf(offerCard)).toContain(learner.name);
    expect(textOf(offerCard)).toContain('Sharing a file in Teams');
    expect(textOf(offerCard)).toContain('Civic Centre');
    expect(actionsOf(offerCard).map((action) => [action.title, action.verb])).toEqual([
      ['Accept', HELP_REQUEST_VERBS.accept],
      ['Pass', HELP_REQUEST_VERBS.pass],
    ]);
    expect(offerCard.refresh).toMatchObject({ action: { verb: HELP_REQUEST_VERBS.refresh, data: { requestId } } });
    // The learner is told, and the confirmation card becomes a record of what was sent.
    expect(textOf(cardOf(inConversation(sent, learner)[0]))).toContain('I’ve asked a Digital Champion');
    expect(inConversation(sent, learner, 'PUT')).toEqual([expect.objectContaining({ activityId: confirm!.assignedId })]);
    expect(textOf(cardOf(inConversation(sent, learner, 'PUT')[0]))).toContain('Your request is sent');

    // The champion presses Accept: their card becomes the request to resolve, with a chat link.
    const accepted = await chat.execute(priya, HELP_REQUEST_VERBS.accept, { requestId }, { replyToId: offer!.assignedId });
    expect(accepted.status).toBe(200);
    expect(accepted.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(accepted.card)).toContain(`You’re helping ${learner.name}`);
    expect(actionsOf(accepted.card)).toContainEqual(expect.objectContaining({ type: 'Action.OpenUrl', url: teamsChatUrl(learner.email) }));
    expect(inputsOf(accepted.card.body).map((input) => input.id)).toEqual(['note', 'minutesSpent']);
    expect(await stored(requestId)).toMatchObject({ status: 'claimed', claimed_by: priya.personId });

    // The learner is told who is helping, with a Teams chat link to them.
    const [told] = inConversation(accepted.sent, learner);
    expect(textOf(cardOf(told))).toContain(`${priya.name} is helping you`);
    expect(actionsOf(cardOf(told))).toEqual([
      { type: 'Action.OpenUrl', title: `Open a chat with ${priya.name.split(' ')[0]}`, url: teamsChatUrl(priya.email) },
    ]);
    // The champion's offer card is updated where it is, and no second card is sent to them.
    expect(inConversation(accepted.sent, priya)).toEqual([]);
    expect(inConversation(accepted.sent, priya, 'PUT').map((request) => request.activityId)).toEqual([offer!.assignedId]);

    // A resolve without a note is refused, naming the field, and nothing is written.
    const refused = await chat.execute(priya, HELP_REQUEST_VERBS.resolve, { requestId, note: '', minutesSpent: '20' });
    expect(textOf(refused.card)).toContain('Fill in “What you did (for the support log)”');
    expect(inputsOf(refused.card.body).map((input) => input.id)).toEqual(['note', 'minutesSpent']);
    expect(await stored(requestId)).toMatchObject({ status: 'claimed' });

    // The champion resolves with a note and minutes: the support log has it, the learner is asked to rate.
    const resolved = await chat.execute(priya, HELP_REQUEST_VERBS.resolve, { requestId, note: 'Showed how to share from OneDrive', minutesSpent: '20' });
    expect(textOf(resolved.card)).toContain('Resolved – thank you');
    expect(await stored(requestId)).toMatchObject({ status: 'resolved', minutes_spent: 20 });
    const logged = await server.db.selectFrom('support_sessions').selectAll().where('help_request_id', '=', requestId).executeTakeFirstOrThrow();
    expect(logged).toMatchObject({ champion_id: priya.personId, minutes: 20, kind: 'help-request' });
    const [ratingRequest] = inConversation(resolved.sent, learner);
    const ratingCard = cardOf(ratingRequest);
    expect(inputsOf(ratingCard.body).map((input) => input.id)).toEqual(['rating', 'comment']);
    expect(actionsOf(ratingCard)).toEqual([expect.objectContaining({ title: 'Send', verb: HELP_REQUEST_VERBS.rate })]);

    // The learner rates it; the champion's card shows the rating.
    const rated = await chat.execute(learner, HELP_REQUEST_VERBS.rate, { requestId, rating: '5', comment: 'Really clear, thank you' }, { replyToId: ratingRequest!.assignedId });
    expect(textOf(rated.card)).toContain('Thank you for your rating');
    expect(await stored(requestId)).toMatchObject({ rating: 5, rating_comment: 'Really clear, thank you' });
    const championCard = inConversation(rated.sent, priya, 'PUT').at(-1);
    expect(textOf(cardOf(championCard))).toContain('5 – very helpful');

    // The tab sees the same request, rated through the bot.
    const cookie = await signInAs(server.baseUrl, learner.personId);
    const response = await fetch(`${server.baseUrl}/api/help-requests/${requestId}`, { headers: { cookie } });
    expect(HelpRequest.parse(await response.json())).toMatchObject({ status: 'resolved', rating: 5, channel: 'bot', claimedBy: { id: priya.personId } });
  });
});

describe('card presses that cannot be acted on', () => {
  it('names the field when a button sends no request id, and writes nothing', async () => {
    const priya = await champion('Priya Chauhan');

    const answer = await chat.execute(priya, HELP_REQUEST_VERBS.accept, {});

    expect(textOf(answer.card)).toContain('The card does not say which request it is for.');
  });

  it('tells someone the directory does not know that it cannot show them the request', async () => {
    const stranger = { ...(await learnerAt(await buildSite(server.db))), aadObjectId: randomUUID() };

    const answer = await chat.execute(stranger, HELP_REQUEST_VERBS.accept, { requestId: randomUUID() });

    expect(textOf(answer.card)).toContain('I can’t find you in the council’s staff directory');
  });
});

describe('escalation through the bot', () => {
  it('passes to the next champion when the first passes', async () => {
    const siteId = await buildSite(server.db);
    const learner = await learnerAt(siteId);
    const first = await champion('Ayesha Khan', { siteId, level: 'confident' });
    const second = await champion('Ben Ortiz');
    const { requestId, sent } = await askThroughTheBot(learner, 'an Excel spreadsheet');
    const [offer] = inConversation(sent, first);

    const passed = await chat.execute(first, HELP_REQUEST_VERBS.pass, { requestId }, { replyToId: offer!.assignedId });

    expect(textOf(passed.card)).toContain('This request has moved on');
    expect(await stored(requestId)).toMatchObject({ status: 'offered', offered_to: second.personId });
    expect(actionsOf(cardOf(inConversation(passed.sent, second)[0])).map((action) => action.title)).toEqual(['Accept', 'Pass']);
    expect(textOf(cardOf(inConversation(passed.sent, learner)[0]))).toContain('passed your request on to another champion');

    // When Teams refreshes each champion's card, it shows the request as it now is, for them.
    expect(textOf((await chat.execute(first, HELP_REQUEST_VERBS.refresh, { requestId })).card)).toContain('This request has moved on');
    const refreshed = await chat.execute(second, HELP_REQUEST_VERBS.refresh, { requestId });
    expect(actionsOf(refreshed.card).map((action) => action.title)).toEqual(['Accept', 'Pass']);
    expect(refreshed.sent).toEqual([]);
  });

  it('offers it to the next champion when time runs out, then posts it to the team channel when every offer is used', async () => {
    await settings({ maxOffers: 2, championsChannelConversationId: null });
    const siteId = await buildSite(server.db);
    const learner = await learnerAt(siteId);
    const first = await champion('Ayesha Khan', { siteId, level: 'confident' });
    const second = await champion('Ben Ortiz');
    const { requestId, sent } = await askThroughTheBot(learner, 'an Excel spreadsheet');
    const [firstOffer] = inConversation(sent, first);
    checkCardsAndClear();

    // Four working hours later nobody has answered: the next champion is asked.
    clock.set(new Date(TUESDAY_MORNING.getTime() + DAY_MS));
    await server.hub.runScheduledJob('help-request-escalation');
    expect(await stored(requestId)).toMatchObject({ status: 'offered', offered_to: second.personId, offer_number: 2 });
    const [secondOffer] = inConversation(channel.requests, second);
    expect(actionsOf(cardOf(secondOffer)).map((action) => action.title)).toEqual(['Accept', 'Pass']);
    const firstUpdated = inConversation(channel.requests, first, 'PUT');
    expect(firstUpdated.map((request) => request.activityId)).toEqual([firstOffer!.assignedId]);
    expect(textOf(cardOf(firstUpdated[0]))).toContain('This request has moved on');
    expect(textOf(cardOf(inConversation(channel.requests, learner)[0]))).toContain('passed your request on to another champion');
    checkCardsAndClear();

    // Nobody again, and two offers is the most: it goes to the champions' team channel.
    clock.set(new Date(TUESDAY_MORNING.getTime() + 2 * DAY_MS));
    await server.hub.runScheduledJob('help-request-escalation');
    expect(await stored(requestId)).toMatchObject({ status: 'open-to-all', offered_to: null });
    const [posted] = inConversation(channel.requests, team);
    expect(textOf(cardOf(posted))).toContain('any Digital Champion can');
    expect(actionsOf(cardOf(posted)).map((action) => [action.title, action.verb])).toEqual([['Accept', HELP_REQUEST_VERBS.accept]]);
    expect(textOf(cardOf(inConversation(channel.requests, learner)[0]))).toContain('champions’ channel');
    checkCardsAndClear();

    // Any champion can take it from the channel: the channel card says who did, for everyone.
    const taken = await chat.execute(first, HELP_REQUEST_VERBS.accept, { requestId }, { team, replyToId: posted!.assignedId });
    expect(textOf(taken.card)).toContain(`Taken by ${first.name}`);
    expect(await stored(requestId)).toMatchObject({ status: 'claimed', claimed_by: first.personId });
    expect(textOf(cardOf(inConversation(taken.sent, team, 'PUT')[0]))).toContain(`Taken by ${first.name}`);
    // The claimer gets the request in their own chat; the other champion's card says who took it.
    expect(textOf(cardOf(inConversation(taken.sent, first).at(-1)))).toContain('Mark as resolved');
    expect(textOf(cardOf(inConversation(taken.sent, second, 'PUT')[0]))).toContain(`Taken by ${first.name}`);
    expect(textOf(cardOf(inConversation(taken.sent, learner)[0]))).toContain(`${first.name} is helping you`);
  });

  it('stops when the learner cancels: the champion’s card says so and nobody else is asked', async () => {
    const siteId = await buildSite(server.db);
    const learner = await learnerAt(siteId);
    const first = await champion('Ayesha Khan', { siteId, level: 'confident' });
    await champion('Ben Ortiz');
    const { requestId, sent } = await askThroughTheBot(learner, 'an Excel spreadsheet');
    const [offer] = inConversation(sent, first);
    const [status] = inConversation(sent, learner);
    expect(actionsOf(cardOf(status)).map((action) => [action.title, action.verb])).toEqual([['Cancel my request', HELP_REQUEST_VERBS.cancel]]);

    const cancelled = await chat.execute(learner, HELP_REQUEST_VERBS.cancel, { requestId }, { replyToId: status!.assignedId });

    expect(textOf(cancelled.card)).toContain('Your request is cancelled');
    expect(await stored(requestId)).toMatchObject({ status: 'cancelled' });
    const championCard = inConversation(cancelled.sent, first, 'PUT');
    expect(championCard.map((request) => request.activityId)).toEqual([offer!.assignedId]);
    expect(textOf(cardOf(championCard[0]))).toContain('cancelled this request');
    checkCardsAndClear();

    clock.set(new Date(TUESDAY_MORNING.getTime() + 3 * DAY_MS));
    await server.hub.runScheduledJob('help-request-escalation');
    expect(channel.requests).toEqual([]);
    expect(await stored(requestId)).toMatchObject({ status: 'cancelled' });
  });
});

describe('two champions pressing Accept at once', () => {
  it('gives exactly one of them the request, 50 times out of 50, and updates the loser’s card', async () => {
    await settings({ maxOffers: 1, championsChannelConversationId: team.conversationId });
    const learner = await learnerAt(await buildSite(server.db));
    const a = await champion('Chidi Okafor');
    const b = await champion('Dana Price');
    const cookie = await signInAs(server.baseUrl, learner.personId);

    for (let round = 0; round < 50; round += 1) {
      // Asked in the tab and passed by the champion it was offered to, so it is open to both:
      // one has the offer card in their chat, and both see the champions' channel card.
      const created = await fetch(`${server.baseUrl}/api/help-requests`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ question: `Sharing a calendar, round ${round}`, categoryKey: 'digital-at-work' }),
      });
      expect(created.status).toBe(200);
      const { id: requestId } = HelpRequest.parse(await created.json());
      const [offeree, other] = (await stored(requestId)).offered_to === a.personId ? [a, b] : [b, a];
      expect((await chat.execute(offeree, HELP_REQUEST_VERBS.pass, { requestId })).status).toBe(200);
      expect(await stored(requestId)).toMatchObject({ status: 'open-to-all' });
      const cards = await server.db.selectFrom('help_request_cards').selectAll().where('request_id', '=', requestId).execute();
      const personalCard = cards.find((card) => card.person_id === offeree.personId)!.activity_id;
      const channelCard = cards.find((card) => card.audience === 'channel')!.activity_id;
      checkCardsAndClear();

      // Every other round both press on the channel's card; otherwise the offeree presses on their own.
      const offereeInChannel = round % 2 === 1;
      const [offereeAnswer, otherAnswer] = await Promise.all([
        chat.execute(offeree, HELP_REQUEST_VERBS.accept, { requestId }, offereeInChannel ? { team, replyToId: channelCard } : { replyToId: personalCard }),
        chat.execute(other, HELP_REQUEST_VERBS.accept, { requestId }, { team, replyToId: channelCard }),
      ]);

      const row = await stored(requestId);
      expect(row.status).toBe('claimed');
      expect([a.personId, b.personId]).toContain(row.claimed_by);
      const winner = row.claimed_by === offeree.personId ? offeree : other;
      const loserAnswer = winner === offeree ? otherAnswer : offereeAnswer;
      const winnerPressedInChat = winner === offeree && !offereeInChannel;
      expect(textOf((winner === offeree ? offereeAnswer : otherAnswer).card)).toContain(winnerPressedInChat ? 'You’re helping' : `Taken by ${winner.name}`);
      // The loser's press is answered with who took it…
      expect(textOf(loserAnswer.card)).toContain(`Taken by ${winner.name}`);
      // …and every card shown for it is updated: the channel's, and the offeree's own.
      const updated = (activityId: string) => channel.requests.filter((request) => request.method === 'PUT' && request.activityId === activityId).at(-1);
      expect(textOf(cardOf(updated(channelCard)))).toContain(`Taken by ${winner.name}`);
      expect(textOf(cardOf(updated(personalCard)))).toContain(winner === offeree ? 'Mark as resolved' : `Taken by ${winner.name}`);
      // Only one claim is recorded, and the winner has the request to resolve in their own chat.
      const accepted = await server.db.selectFrom('help_request_offers').select('champion_id').where('request_id', '=', requestId).where('outcome', '=', 'accepted').execute();
      expect(accepted.length).toBeLessThanOrEqual(1);
      if (!winnerPressedInChat) expect(textOf(cardOf(inConversation(channel.requests, winner).at(-1)))).toContain('Mark as resolved');
      checkCardsAndClear();

      // The learner no longer needs it, so neither champion fills up over the rounds.
      expect((await fetch(`${server.baseUrl}/api/help-requests/${requestId}/cancel`, { method: 'POST', headers: { cookie } })).status).toBe(200);
      checkCardsAndClear();
    }
  }, 180_000);
});
