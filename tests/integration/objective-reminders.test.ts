import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { loadConfig } from '../../api/src/config.js';
import { startHub, type HubServer } from '../../api/src/server.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildAppraisalYear, buildObjective } from '../factories/objectives.js';
import { demoPersonId } from '../factories/people.js';
import { actionsOf, bodyTextOf, createBotChat, type BotChat, type TeamsUser } from '../support/bot-chat.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { settableClock } from '../support/settable-clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The scheduled `objective-reminders` job, run as the scheduler would on two servers
 * sharing one database, with the clock moved through the appraisal year: each reminder
 * goes once in its period, again in the next, and never outside working hours.
 */

const clock = settableClock('2026-09-15T09:00:00Z');
let database: TestDatabase;
let first: HubServer;
let second: HubServer;
let channel: LocalChannel;
let chat: BotChat;
let yearId: string;
let sam: TeamsUser;
let gareth: TeamsUser;
/** Another of Gareth's direct reports. */
let jo: TeamsUser;

async function startInstance(): Promise<HubServer> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEED_DEMO_ACTIVITY: 'false' });
  return startHub(config, pino({ level: 'silent' }), { clock });
}

/** Both servers run the job at the same moment, as two instances behind a load balancer might. */
async function runReminders(at: string): Promise<void> {
  clock.set(at);
  channel.clear();
  await Promise.all([first.runScheduledJob('objective-reminders'), second.runScheduledJob('objective-reminders')]);
  // Every card sent must be one Teams renders and screen readers can read.
  for (const activity of channel.activities) {
    for (const attachment of activity.attachments ?? []) expect(findCardProblems(attachment.content)).toEqual([]);
  }
  expect(channel.unexpected).toEqual([]);
}

function cardsTo(user: TeamsUser): string[] {
  return channel.activitiesIn(user.conversationId).map((activity) => JSON.stringify(activity.attachments?.[0]?.content ?? {}));
}

function headingsTo(user: TeamsUser): string[] {
  return channel.activitiesIn(user.conversationId).map((activity) => {
    const body = (activity.attachments?.[0]?.content.body ?? []) as Array<{ text?: string }>;
    return body[0]?.text ?? '';
  });
}

async function ledger(topic: string): Promise<Array<{ subject_id: string; period: string; person_id: string }>> {
  return first.database.db
    .selectFrom('reminders_sent')
    .select(['subject_id', 'period', 'person_id'])
    .where('topic', '=', topic)
    .orderBy('period')
    .orderBy('person_id')
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  // One after the other: the first seeds the demo council, the second finds it there.
  first = await startInstance();
  second = await startInstance();
  channel = await startLocalChannel();
  const db = first.database.db;
  chat = createBotChat({ baseUrl: first.url, db, channel });
  const samId = await demoPersonId(db, 'Sam Whitfield');
  const garethId = await demoPersonId(db, 'Gareth Morgan');
  const other = await db
    .selectFrom('people')
    .select('id')
    .where('line_manager_id', '=', garethId)
    .where('id', '!=', samId)
    .where('status', '=', 'active')
    .where('entra_object_id', 'is not', null)
    .orderBy('display_name')
    .executeTakeFirstOrThrow();
  [sam, gareth, jo] = await Promise.all([chat.teamsUserFor(samId), chat.teamsUserFor(garethId), chat.teamsUserFor(other.id)]);
  yearId = await buildAppraisalYear(db, { label: '2026/27', startsOn: '2026-04-01', endsOn: '2027-03-31', agreeBy: '2026-06-30' });
});

afterAll(async () => {
  await channel?.close();
  await second?.close();
  await first?.close();
  await database?.destroy();
});

beforeEach(async () => {
  const db = first.database.db;
  await db.deleteFrom('reminders_sent').execute();
  await db.deleteFrom('objectives').execute();
  // Only the people a test opens a chat for can be reached.
  await db.deleteFrom('conversation_references').execute();
  for (const user of [sam, gareth, jo]) await chat.userFor(user.personId);
});

describe('objective-reminders: waiting for agreement', () => {
  it('tells the line manager once a week on one card, and again the next week with what still waits', async () => {
    const db = first.database.db;
    await buildObjective(db, sam.personId, yearId, { status: 'proposed', title: 'Sam’s objective on shared files', proposedAt: new Date('2026-09-10T09:00:00Z') });
    await buildObjective(db, jo.personId, yearId, { status: 'proposed', title: 'Jo’s objective on Excel', proposedAt: new Date('2026-09-14T09:00:00Z') });

    // Tuesday 15 September, 10:00: Sam's has waited five days, Jo's only one.
    await runReminders('2026-09-15T09:00:00Z');
    expect(headingsTo(gareth)).toEqual(['A digital objective is waiting for you']);
    expect(cardsTo(gareth)[0]).toContain('Sam’s objective on shared files');
    expect(cardsTo(gareth)[0]).not.toContain('Jo’s objective on Excel');
    expect(cardsTo(sam)).toEqual([]);

    // Thursday of the same week: both have waited long enough, but Gareth has heard this week.
    await runReminders('2026-09-17T09:00:00Z');
    expect(channel.activities).toEqual([]);

    // Monday of the next week: one card with both.
    await runReminders('2026-09-21T09:00:00Z');
    expect(headingsTo(gareth)).toEqual(['2 digital objectives are waiting for you']);
    expect(cardsTo(gareth)[0]).toContain('Jo’s objective on Excel');

    expect(await ledger('objective-waiting')).toEqual([
      { subject_id: gareth.personId, period: '2026-W38', person_id: gareth.personId },
      { subject_id: gareth.personId, period: '2026-W39', person_id: gareth.personId },
    ]);
  });

  it('stops once the objective is agreed', async () => {
    const db = first.database.db;
    const objectiveId = await buildObjective(db, sam.personId, yearId, { status: 'proposed', proposedAt: new Date('2026-09-10T09:00:00Z') });
    await runReminders('2026-09-15T09:00:00Z');
    expect(headingsTo(gareth)).toHaveLength(1);

    await db.updateTable('objectives').set({ status: 'agreed', agreed_at: new Date('2026-09-16T09:00:00Z') }).where('id', '=', objectiveId).execute();
    await runReminders('2026-09-21T09:00:00Z');

    expect(channel.activities).toEqual([]);
  });
});

describe('objective-reminders: agree by', () => {
  it('tells each person without an agreed objective once in the run-up to the date, and not those with one', async () => {
    const db = first.database.db;
    await buildObjective(db, sam.personId, yearId, { status: 'draft' });
    await buildObjective(db, jo.personId, yearId, { status: 'agreed' });

    // Monday 15 June is the day before the run-up (14 days before 30 June).
    await runReminders('2026-06-15T09:00:00Z');
    expect(channel.activities).toEqual([]);

    await runReminders('2026-06-16T09:00:00Z');
    expect(headingsTo(sam)).toEqual(['Agree a digital objective by Tuesday 30 June 2026']);
    expect(actionsOf(channel.activitiesIn(sam.conversationId)[0]!.attachments![0]!.content).map((action) => action.title)).toEqual(['Open my skills report', 'My objectives']);
    expect(headingsTo(jo)).toEqual([]);
    // Gareth has no objective either, and manages people: he is reminded for himself.
    expect(headingsTo(gareth)).toEqual(['Agree a digital objective by Tuesday 30 June 2026']);

    await runReminders('2026-06-23T09:00:00Z');
    expect(channel.activities).toEqual([]);
    expect((await ledger('objective-agree-by')).map((row) => row.period)).toEqual([yearId, yearId]);
  });

  it('tells them again in the next appraisal year', async () => {
    const db = first.database.db;
    await runReminders('2026-06-16T09:00:00Z');
    expect(headingsTo(sam)).toHaveLength(1);

    await db.updateTable('appraisal_years').set({ status: 'closed' }).where('id', '=', yearId).execute();
    const nextYearId = await buildAppraisalYear(db, { label: '2027/28', startsOn: '2027-04-01', endsOn: '2028-03-31', agreeBy: '2027-06-30' });
    try {
      await runReminders('2027-06-16T09:00:00Z');
      expect(headingsTo(sam)).toEqual(['Agree a digital objective by Wednesday 30 June 2027']);
      expect((await ledger('objective-agree-by')).filter((row) => row.person_id === sam.personId).map((row) => row.period).sort()).toEqual([yearId, nextYearId].sort());
    } finally {
      await db.deleteFrom('appraisal_years').where('id', '=', nextYearId).execute();
      await db.updateTable('appraisal_years').set({ status: 'open' }).where('id', '=', yearId).execute();
    }
  });
});

describe('objective-reminders: check-ins', () => {
  it('tells the person and their line manager once per due date, and again when the next one falls due', async () => {
    const db = first.database.db;
    // Agreed on 17 June: with a check-in every 90 days, the first is due on 15 September.
    const objectiveId = await buildObjective(db, sam.personId, yearId, { status: 'agreed', title: 'Sam’s shared files objective', agreedAt: new Date('2026-06-17T09:00:00Z') });

    await runReminders('2026-09-14T09:00:00Z');
    expect(channel.activities).toEqual([]);

    await runReminders('2026-09-15T09:00:00Z');
    expect(headingsTo(sam)).toEqual(['Time for a check-in on your objective']);
    expect(headingsTo(gareth)).toEqual([`Time to check in with ${sam.name}`]);
    expect(cardsTo(sam)[0]).toContain('Sam’s shared files objective');

    await runReminders('2026-09-16T09:00:00Z');
    expect(channel.activities).toEqual([]);

    // Sam checks in on 16 September; the next is due 90 days on, on 15 December.
    await db.updateTable('objectives').set({ status: 'in-progress', last_check_in_at: new Date('2026-09-16T10:00:00Z') }).where('id', '=', objectiveId).execute();
    await runReminders('2026-12-14T10:00:00Z');
    expect(channel.activities).toEqual([]);
    await runReminders('2026-12-15T10:00:00Z');
    expect(headingsTo(sam)).toEqual(['Time for a check-in on your objective']);
    expect(headingsTo(gareth)).toEqual([`Time to check in with ${sam.name}`]);

    expect(await ledger('objective-check-in')).toEqual(
      expect.arrayContaining([
        { subject_id: objectiveId, period: '2026-09-15', person_id: sam.personId },
        { subject_id: objectiveId, period: '2026-09-15', person_id: gareth.personId },
        { subject_id: objectiveId, period: '2026-12-15', person_id: sam.personId },
        { subject_id: objectiveId, period: '2026-12-15', person_id: gareth.personId },
      ]),
    );
    expect(await ledger('objective-check-in')).toHaveLength(4);
  });
});

describe('objective-reminders: working hours', () => {
  it('sends nothing outside 09:00–17:00 UK time, Monday to Friday, and catches up when the day starts', async () => {
    const db = first.database.db;
    await buildObjective(db, sam.personId, yearId, { status: 'proposed', proposedAt: new Date('2026-09-01T09:00:00Z') });
    await buildObjective(db, jo.personId, yearId, { status: 'agreed', agreedAt: new Date('2026-06-01T09:00:00Z') });

    for (const outside of ['2026-09-18T16:00:00Z', '2026-09-19T10:00:00Z', '2026-09-20T12:00:00Z', '2026-09-21T07:59:00Z']) {
      await runReminders(outside);
      expect(channel.activities).toEqual([]);
    }
    expect(await first.database.db.selectFrom('reminders_sent').selectAll().execute()).toEqual([]);

    // Monday 21 September, 09:00 in London (BST).
    await runReminders('2026-09-21T08:00:00Z');
    expect(headingsTo(gareth).sort()).toEqual(['A digital objective is waiting for you', `Time to check in with ${jo.name}`]);
    expect(headingsTo(jo)).toEqual(['Time for a check-in on your objective']);
  });

  it('skips people who have not opened the app, and reaches them once they have', async () => {
    const db = first.database.db;
    await buildObjective(db, sam.personId, yearId, { status: 'proposed', proposedAt: new Date('2026-09-01T09:00:00Z') });
    await db.deleteFrom('conversation_references').where('person_id', '=', gareth.personId).execute();

    await runReminders('2026-09-15T09:00:00Z');
    expect(channel.activities).toEqual([]);

    await chat.userFor(gareth.personId);
    await runReminders('2026-09-15T10:00:00Z');
    expect(headingsTo(gareth)).toEqual(['A digital objective is waiting for you']);
    expect(bodyTextOf(channel.activitiesIn(gareth.conversationId)[0]!.attachments![0]!.content)).toContain(sam.name);
  });
});
