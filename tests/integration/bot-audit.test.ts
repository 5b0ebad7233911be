import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MyAudit } from '../../api/src/contracts/skills-audit.js';
import { AUDIT_ONLY_IN_PERSONAL_CHAT, NOTHING_SAVED } from '../../bot/audit-dialog.js';
import { buildCampaign, buildFramework, frameworkDocument } from '../factories/audit.js';
import { demoPersonId } from '../factories/people.js';
import { BOT, bodyTextOf, cardOf, createBotChat, expectWellFormedCardsAndClear, inputsOf, type BotChat, type Card } from '../support/bot-chat.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { signInAs, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Taking the skills audit in the bot, through POST /api/messages of the real server, with
 * the Teams connector played by a local channel: the same drafts as the tab's HTTP API.
 */

const NOW = new Date('2026-11-21T10:00:00Z');

let server: TestServer;
let channel: LocalChannel;
let chat: BotChat;
let frameworkVersionId: string;

/** The same answer for every statement on a category card. */
function answerAll(card: Card, answer: string): Record<string, string> {
  return Object.fromEntries(inputsOf(card.body).map((input) => [input.id, answer]));
}

async function myAuditOverHttp(cookie: string): Promise<MyAudit> {
  const response = await fetch(`${server.baseUrl}/api/audit/me`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return MyAudit.parse(await response.json());
}

async function storedAnswers(personId: string, campaignId: string): Promise<number> {
  const row = await server.db
    .selectFrom('audit_answers as a')
    .innerJoin('audit_responses as r', 'r.id', 'a.response_id')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('r.person_id', '=', personId)
    .where('r.campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock: { now: () => NOW } } });
  channel = await startLocalChannel();
  chat = createBotChat({ baseUrl: server.baseUrl, db: server.db, channel });
  // Four categories of two statements: cat-1 … cat-4, statements "Do task 1 of category 3" …
  frameworkVersionId = await buildFramework(server.db, frameworkDocument({ categories: 4, statementsEach: 2, basicCategories: 2 }));
});

afterAll(async () => {
  await channel?.close();
  await server?.close();
});

afterEach(() => expectWellFormedCardsAndClear(channel));

describe('bot "audit" with no campaign open', () => {
  it('says plainly that there is no audit open for the person', async () => {
    const user = await chat.newColleague('Nadia Brooks');

    const sent = await chat.say(user, 'audit');

    expect(sent).toHaveLength(1);
    expect(bodyTextOf(cardOf(sent[0]))).toContain('There is no skills audit open for you at the moment');
    expect(sent[0]!.activity.summary).toEqual(expect.stringContaining('no skills audit open'));
  });
});

describe('bot "audit": start in the tab, finish in the bot', () => {
  it('resumes where the tab stopped, saves each card, submits, and the tab sees it submitted through the bot', async () => {
    const sam = await chat.teamsUserFor(await demoPersonId(server.db, 'Sam Whitfield'));
    const campaignId = await buildCampaign(server.db, { name: 'Winter skills audit', frameworkVersionId, memberIds: [sam.personId] });
    const cookie = await signInAs(server.baseUrl, sam.personId);

    // In the tab: the first two categories, one page each.
    const start = await myAuditOverHttp(cookie);
    for (const category of start.categories.slice(0, 2)) {
      const response = await fetch(`${server.baseUrl}/api/audit/me/answers`, {
        method: 'PUT',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          campaignId,
          categoryKey: category.key,
          answers: category.statements.map((statement) => ({ statementId: statement.id, answer: 'done-recently' })),
        }),
      });
      expect(response.status).toBe(200);
    }

    // In the bot: "audit" shows where Sam is up to, then the third category.
    const opened = await chat.say(sam, 'audit');
    expect(opened).toHaveLength(2);
    expect(bodyTextOf(cardOf(opened[0]))).toContain('You have answered 4 of 8 · Continue with Category 3');
    const third = cardOf(opened[1]);
    expect(bodyTextOf(third)).toContain('Category 3');
    const thirdStatements = start.categories[2]!.statements;
    expect(inputsOf(third.body).map((input) => input.label)).toEqual(thirdStatements.map((statement) => statement.text));

    // Each "Save and continue" replaces the card it was pressed on with the next one.
    const afterThird = await chat.submit(sam, opened[1]!, 'Save and continue', answerAll(third, 'could'));
    expect(afterThird).toHaveLength(1);
    expect(afterThird[0]).toMatchObject({ method: 'PUT', activityId: opened[1]!.assignedId });
    const fourth = cardOf(afterThird[0]);
    expect(bodyTextOf(fourth)).toContain('Category 4');
    expect(bodyTextOf(fourth)).toContain('6 of 8 answered');

    const afterFourth = await chat.submit(sam, afterThird[0]!, 'Save and continue', answerAll(fourth, 'no-idea'));
    expect(afterFourth[0]?.method).toBe('PUT');
    const check = cardOf(afterFourth[0]);
    expect(bodyTextOf(check)).toContain('Check your answers');
    expect(bodyTextOf(check)).toContain('"title":"Category 3","value":"2 of 2 answered · Capable"');
    expect(bodyTextOf(check)).toContain('"title":"Category 4","value":"2 of 2 answered · Not yet"');

    const submitted = await chat.submit(sam, afterFourth[0]!, 'Submit my answers');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.method).toBe('PUT');
    const report = cardOf(submitted[0]);
    expect(bodyTextOf(report)).toContain('Your skills report');
    expect(report.body).toContainEqual(
      expect.objectContaining({
        type: 'FactSet',
        facts: [
          { title: 'Category 1', value: 'Confident' },
          { title: 'Category 2', value: 'Confident' },
          { title: 'Category 3', value: 'Capable' },
          { title: 'Category 4', value: 'Not yet' },
        ],
      }),
    );
    expect(bodyTextOf(report)).toContain('You have the basic digital skills.');
    expect(report.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', title: 'Open my full report' })]);

    // Back in the tab: submitted, and the last answers came from the bot.
    const finished = await myAuditOverHttp(cookie);
    expect(finished).toMatchObject({ status: 'submitted', lastChannel: 'bot', answered: 8, total: 8 });

    // Asking again shows the report instead of the questions.
    const again = await chat.say(sam, 'audit');
    expect(again).toHaveLength(1);
    expect(bodyTextOf(cardOf(again[0]))).toContain('Your skills report');
  });
});

describe('bot "audit": starting, stopping and changing answers', () => {
  it('starts with the first category, and "Save and stop" keeps the answers for later', async () => {
    const user = await chat.newColleague('Priya Shah');
    const campaignId = await buildCampaign(server.db, { frameworkVersionId, memberIds: [user.personId] });

    const opened = await chat.say(user, 'audit');
    expect(bodyTextOf(cardOf(opened[0]))).toContain('You have answered 0 of 8 · Start with Category 1');
    const first = cardOf(opened[1]);

    const stopped = await chat.submit(user, opened[1]!, 'Save and stop', answerAll(first, 'could'));

    expect(stopped[0]?.method).toBe('PUT');
    expect(bodyTextOf(cardOf(stopped[0]))).toContain('You have answered 2 of 8.');
    expect(await storedAnswers(user.personId, campaignId)).toBe(2);
    const resumed = await chat.say(user, 'audit');
    expect(bodyTextOf(cardOf(resumed[0]))).toContain('Continue with Category 2');
  });

  it('opens a category from the check card to change its answers', async () => {
    const user = await chat.newColleague('Tomasz Nowak');
    await buildCampaign(server.db, { frameworkVersionId, memberIds: [user.personId] });
    let card = (await chat.say(user, 'audit'))[1]!;
    for (let category = 0; category < 4; category += 1) {
      card = (await chat.submit(user, card, 'Save and continue', answerAll(cardOf(card), 'could')))[0]!;
    }
    expect(bodyTextOf(cardOf(card))).toContain('Check your answers');

    const reopened = await chat.submit(user, card, 'Change these answers', { changeCategoryKey: 'cat-2' });

    const category = cardOf(reopened[0]);
    expect(bodyTextOf(category)).toContain('Category 2');
    expect(inputsOf(category.body).map((input) => input.value)).toEqual(['could', 'could']);
    const back = await chat.submit(user, reopened[0]!, 'Save and continue', answerAll(category, 'done-recently'));
    expect(bodyTextOf(cardOf(back[0]))).toContain('"title":"Category 2","value":"2 of 2 answered · Confident"');
  });
});

describe('bot "audit": answers the bot cannot accept', () => {
  it('names the statement whose answer is not one of the four, and saves nothing', async () => {
    const user = await chat.newColleague('Oliver Grant');
    const campaignId = await buildCampaign(server.db, { frameworkVersionId, memberIds: [user.personId] });
    const opened = await chat.say(user, 'audit');
    const first = cardOf(opened[1]);
    const [good, bad] = inputsOf(first.body);

    const sent = await chat.submit(user, opened[1]!, 'Save and continue', { [good!.id]: 'could', [bad!.id]: 'sometimes' });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST' });
    expect(sent[0]!.activity.text).toBe(`${NOTHING_SAVED} The answer given for “${bad!.label}” is not one of the four answers on the card.`);
    expect(await storedAnswers(user.personId, campaignId)).toBe(0);
  });

  it('names the statement left unanswered when the person continues, and saves nothing', async () => {
    const user = await chat.newColleague('Grace Adeyemi');
    const campaignId = await buildCampaign(server.db, { frameworkVersionId, memberIds: [user.personId] });
    const opened = await chat.say(user, 'audit');
    const [answered, missing] = inputsOf(cardOf(opened[1]).body);

    const sent = await chat.submit(user, opened[1]!, 'Save and continue', { [answered!.id]: 'could' });

    expect(sent[0]!.activity.text).toContain(`Choose an answer for “${missing!.label}”.`);
    expect(await storedAnswers(user.personId, campaignId)).toBe(0);
  });

  it('explains that the campaign has closed when a card is answered after it closed, and saves nothing', async () => {
    const user = await chat.newColleague('Harriet Cole');
    const campaignId = await buildCampaign(server.db, { name: 'Autumn skills audit', frameworkVersionId, memberIds: [user.personId] });
    const opened = await chat.say(user, 'audit');
    await server.db
      .updateTable('audit_campaigns')
      .set({ status: 'closed', closed_at: new Date('2026-11-20T16:00:00Z') })
      .where('id', '=', campaignId)
      .execute();

    const sent = await chat.submit(user, opened[1]!, 'Save and continue', answerAll(cardOf(opened[1]), 'could'));

    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]);
    expect(bodyTextOf(card)).toContain('That didn’t work');
    expect(bodyTextOf(card)).toContain('The Autumn skills audit campaign closed on 20 November 2026');
    expect(await storedAnswers(user.personId, campaignId)).toBe(0);
  });

  it('says a second submit cannot change an audit already submitted', async () => {
    const user = await chat.newColleague('Imran Qureshi');
    await buildCampaign(server.db, { frameworkVersionId, memberIds: [user.personId] });
    let card = (await chat.say(user, 'audit'))[1]!;
    for (let category = 0; category < 4; category += 1) {
      card = (await chat.submit(user, card, 'Save and continue', answerAll(cardOf(card), 'could')))[0]!;
    }
    await chat.submit(user, card, 'Submit my answers');

    const again = await chat.submit(user, card, 'Submit my answers');

    expect(bodyTextOf(cardOf(again[0]))).toContain('You have already submitted your skills audit');
  });
});

describe('bot "audit": who can take it where', () => {
  it('tells someone the directory does not know that it cannot open an audit for them', async () => {
    const stranger = { id: '29:stranger', name: 'New Starter', aadObjectId: randomUUID(), personId: '', email: '', conversationId: 'a:1chat-with-stranger' };

    const sent = await chat.say(stranger, 'audit');

    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]);
    expect(bodyTextOf(card)).toContain('staff directory');
    expect(card.actions).toBeUndefined();
  });

  it('keeps the audit to a personal chat when asked in a team channel', async () => {
    const user = await chat.newColleague('Ruth Ellis');
    const team = { conversationId: '19:digital-team@thread.tacv2', teamId: '19:digital-team@thread.tacv2' };

    const sent = await chat.send(user, { text: `<at>${BOT.name}</at> audit`, entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] }, team);

    expect(sent).toHaveLength(1);
    expect(sent[0]!.activity.text).toBe(AUDIT_ONLY_IN_PERSONAL_CHAT);
  });

  it('answers the invitation card’s button, which sends the audit command, like the typed word', async () => {
    const user = await chat.newColleague('Sofia Marin');
    await buildCampaign(server.db, { frameworkVersionId, memberIds: [user.personId] });

    const sent = await chat.send(user, { value: { command: 'audit' } });

    expect(sent).toHaveLength(2);
    expect(bodyTextOf(cardOf(sent[1]))).toContain('Category 1');
  });
});
