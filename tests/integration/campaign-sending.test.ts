import { afterEach, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { Campaign, CampaignProgress } from '../../api/src/contracts/audit-campaigns.js';
import { loadConfig } from '../../api/src/config.js';
import { REASONS } from '../../api/src/domain/audit/campaigns/send-campaign-messages.js';
import type { Clock } from '../../api/src/domain/shared/clock.js';
import { startHub, type HubOverrides, type HubServer } from '../../api/src/server.js';
import { buildCampaignPeople, buildService, recordResponse, type CampaignPerson } from '../factories/campaign-people.js';
import { demoPersonId } from '../factories/people.js';
import { startLocalChannel, type LocalChannel } from '../support/local-channel.js';
import { signInAs } from '../support/start-test-server.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The bot's campaign messages, sent by the real server's background jobs to a local
 * Bot Framework channel that stands in for Teams: the people's stored conversations point
 * at it, so what it receives is exactly what Teams would.
 */

const OPENING_DAY = '2026-11-02';
const CLOSING_DAY = '2026-11-30';

/** A clock that runs at normal speed from wherever a test sets it. */
function movableClock(start: string): Clock & { set(at: string): void } {
  let offset = 0;
  const set = (at: string) => {
    offset = new Date(at).getTime() - Date.now();
  };
  set(start);
  return { now: () => new Date(Date.now() + offset), set };
}

interface Running {
  database: TestDatabase;
  hub: HubServer;
  channel: LocalChannel;
  clock: ReturnType<typeof movableClock>;
}

const running: Running[] = [];

async function startOn(database: TestDatabase, clock: Clock, env: Record<string, string> = {}, overrides: HubOverrides = {}): Promise<HubServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    SEED_DEMO_ACTIVITY: 'false',
    TEAMS_MESSAGES_PER_SECOND: '500',
    JOBS_POLLING_INTERVAL_SECONDS: '0.5',
    ...env,
  });
  return startHub(config, pino({ level: 'silent' }), { clock, ...overrides });
}

async function start(options: { env?: Record<string, string>; overrides?: HubOverrides } = {}): Promise<Running> {
  const [database, channel] = await Promise.all([createTestDatabase(), startLocalChannel()]);
  const clock = movableClock(`${OPENING_DAY}T10:00:00Z`);
  const hub = await startOn(database, clock, options.env, options.overrides);
  const run = { database, hub, channel, clock };
  running.push(run);
  return run;
}

afterEach(async () => {
  for (const run of running.splice(0)) {
    await run.hub.close();
    await run.channel.close();
    await run.database.destroy();
  }
});

async function asHr(hub: HubServer): Promise<Record<string, string>> {
  const cookie = await signInAs(hub.url, await demoPersonId(hub.database.db, 'Fiona Campbell'));
  return { cookie, 'content-type': 'application/json' };
}

/** HR creates a campaign for one service and launches it, through the API. */
async function launchCampaignFor(hub: HubServer, serviceId: string, reminderDays: number[] = []): Promise<Campaign> {
  const headers = await asHr(hub);
  const created = await fetch(`${hub.url}/api/audit/campaigns`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'Autumn skills audit',
      opensOn: OPENING_DAY,
      closesOn: CLOSING_DAY,
      population: { kind: 'chosen', serviceIds: [serviceId], siteIds: [] },
      reminderDays,
    }),
  });
  expect(created.status).toBe(200);
  const { id } = Campaign.parse(await created.json());
  const launched = await fetch(`${hub.url}/api/audit/campaigns/${id}/launch`, { method: 'POST', headers });
  expect(launched.status).toBe(200);
  return Campaign.parse(await launched.json());
}

async function progressOf(hub: HubServer, campaignId: string): Promise<CampaignProgress> {
  const response = await fetch(`${hub.url}/api/audit/campaigns/${campaignId}/progress`, { headers: await asHr(hub) });
  expect(response.status).toBe(200);
  return CampaignProgress.parse(await response.json());
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function activitiesPer(channel: LocalChannel, people: CampaignPerson[]): number[] {
  return people.map((person) => channel.activitiesIn(person.conversationId ?? '').length);
}

async function messageRows(database: TestDatabase, campaignId: string, step = 'invitation') {
  return database.db
    .selectFrom('campaign_messages')
    .select(['person_id', 'status', 'last_error', 'attempts'])
    .where('campaign_id', '=', campaignId)
    .where('step', '=', step)
    .execute();
}

/** Stops the run's server gracefully and starts another on the same database, as a redeployment would. */
async function restart(run: Running, env: Record<string, string> = {}): Promise<HubServer> {
  await run.hub.close();
  run.hub = await startOn(run.database, run.clock, env);
  return run.hub;
}

describe('sending campaign invitations', () => {
  it('delivers every invitation exactly once, and sends nothing while a 429’s Retry-After runs', async () => {
    const { hub, channel, database } = await start();
    const serviceId = await buildService(database.db);
    const people = await buildCampaignPeople(database.db, serviceId, 40, { serviceUrl: channel.serviceUrl });
    // Five turned away in a row: more than the connector retries on its own, so the sender's pause is tested too.
    channel.throttleNext(5, 1);

    const campaign = await launchCampaignFor(hub, serviceId);
    await channel.waitForActivities(people.length, 30_000);

    expect(activitiesPer(channel, people)).toEqual(people.map(() => 1));
    expect(channel.throttled).toHaveLength(5);
    const arrivals = [...channel.requests.map((request) => request.receivedAt), ...channel.throttled.map((turnedAway) => turnedAway.answeredAt)];
    for (const turnedAway of channel.throttled) {
      const tooSoon = arrivals.filter((at) => at > turnedAway.answeredAt + 5 && at < turnedAway.answeredAt + turnedAway.retryAfterMs - 10);
      expect(tooSoon).toEqual([]);
    }
    const card = channel.activitiesIn(people[0]!.conversationId!)[0]!.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card?.content)).toContain('Autumn skills audit');

    await eventually(async () => (await progressOf(hub, campaign.id)).steps[0]!.counts.sent === people.length, 'progress to count every invitation sent');
    const progress = await progressOf(hub, campaign.id);
    expect(progress.steps[0]).toMatchObject({ step: 'invitation', counts: { pending: 0, sent: 40, failed: 0, unreachable: 0, skipped: 0 }, etaSeconds: null });
    expect(progress.problems).toEqual([]);
    expect(channel.unexpected).toEqual([]);
  });

  it('keeps to the configured rate', async () => {
    const { hub, channel, database } = await start({ env: { TEAMS_MESSAGES_PER_SECOND: '10' } });
    const serviceId = await buildService(database.db);
    const people = await buildCampaignPeople(database.db, serviceId, 25, { serviceUrl: channel.serviceUrl });

    await launchCampaignFor(hub, serviceId);
    await channel.waitForActivities(people.length, 30_000);

    const times = channel.requests.map((request) => request.receivedAt).sort((a, b) => a - b);
    // At 10 a second, evenly spaced: any eleven messages span a second (less a little for the journey to the channel).
    for (let index = 0; index + 10 < times.length; index += 1) expect(times[index + 10]! - times[index]!).toBeGreaterThanOrEqual(900);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(2300);
    expect(activitiesPer(channel, people)).toEqual(people.map(() => 1));
  });

  it('lists people the bot cannot reach, after asking Microsoft 365 to install the app for those it can', async () => {
    const { hub, channel, database } = await start({ overrides: { campaignSending: { installWaitsMs: [50, 50] } } });
    const serviceId = await buildService(database.db);
    const reachable = await buildCampaignPeople(database.db, serviceId, 5, { serviceUrl: channel.serviceUrl });
    const withoutApp = await buildCampaignPeople(database.db, serviceId, 3);
    const withoutAccount = await buildCampaignPeople(database.db, serviceId, 2, { withEntraAccount: false });

    const campaign = await launchCampaignFor(hub, serviceId);
    await eventually(async () => (await progressOf(hub, campaign.id)).problems.length === 5, 'the unreachable people to be listed');

    const progress = await progressOf(hub, campaign.id);
    expect(progress.steps[0]!.counts).toEqual({ pending: 0, sent: 5, failed: 0, unreachable: 5, skipped: 0 });
    const reasons = new Map(progress.problems.map((problem) => [problem.person.id, problem]));
    for (const person of withoutApp) expect(reasons.get(person.id)).toMatchObject({ status: 'unreachable', reason: REASONS.notInstalled, step: 'invitation' });
    for (const person of withoutAccount) expect(reasons.get(person.id)).toMatchObject({ status: 'unreachable', reason: REASONS.noAccount });

    const installs = await database.db.selectFrom('outbox_messages').select(['method', 'path']).where('path', 'like', '%/teamwork/installedApps').execute();
    expect(installs.map((install) => install.path).sort()).toEqual(withoutApp.map((person) => `/v1.0/users/${person.entraObjectId}/teamwork/installedApps`).sort());
    expect(activitiesPer(channel, reachable)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('a restart in the middle of a campaign', () => {
  it('resumes on the next server without sending anyone a second invitation', async () => {
    const run = await start();
    const { channel, database } = run;
    const serviceId = await buildService(database.db);
    const people = await buildCampaignPeople(database.db, serviceId, 30, { serviceUrl: channel.serviceUrl });
    channel.slowDown(100);

    const campaign = await launchCampaignFor(run.hub, serviceId);
    await channel.waitForActivities(5, 10_000);
    await run.hub.close();
    const deliveredBeforeRestart = channel.requests.length;
    expect(deliveredBeforeRestart).toBeLessThan(people.length);
    // A graceful stop finishes the message in flight and records it: nothing is left half-sent.
    const settled = await messageRows(database, campaign.id);
    expect(settled.filter((row) => row.status === 'sending')).toEqual([]);
    expect(settled.filter((row) => row.status === 'sent')).toHaveLength(deliveredBeforeRestart);

    channel.slowDown(0);
    await restart(run);
    await channel.waitForActivities(people.length, 30_000);

    expect(activitiesPer(channel, people)).toEqual(people.map(() => 1));
    await eventually(async () => (await messageRows(database, campaign.id)).every((row) => row.status === 'sent'), 'every invitation to be recorded as sent');
  });

  it('marks a message a stopped server left mid-send as failed, and does not resend it', async () => {
    // Slow enough that the first server sends one invitation and leaves the rest pending.
    const run = await start({ env: { TEAMS_MESSAGES_PER_SECOND: '0.2' } });
    const { channel, database, clock } = run;
    const serviceId = await buildService(database.db);
    const people = await buildCampaignPeople(database.db, serviceId, 3, { serviceUrl: channel.serviceUrl });
    const campaign = await launchCampaignFor(run.hub, serviceId);
    await channel.waitForActivities(1, 10_000);
    await run.hub.close();

    // As a crash would leave one: claimed half an hour ago, never recorded as sent.
    const pending = (await messageRows(database, campaign.id)).filter((row) => row.status === 'pending');
    expect(pending).toHaveLength(2);
    const interrupted = people.find((person) => person.id === pending[0]!.person_id)!;
    await database.db
      .updateTable('campaign_messages')
      .set({ status: 'sending', next_attempt_at: new Date(clock.now().getTime() - 30 * 60_000) })
      .where('campaign_id', '=', campaign.id)
      .where('person_id', '=', interrupted.id)
      .execute();

    const next = await restart(run);
    await channel.waitForActivities(2, 10_000);
    await eventually(async () => (await messageRows(database, campaign.id)).every((row) => row.status === 'sent' || row.status === 'failed'), 'every invitation to be settled');

    const progress = await progressOf(next, campaign.id);
    expect(progress.problems).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ id: interrupted.id }), status: 'failed', reason: REASONS.interrupted }),
    ]);
    expect(channel.activitiesIn(interrupted.conversationId!)).toEqual([]);
    expect(activitiesPer(channel, people).sort()).toEqual([0, 1, 1]);
  });
});

describe('reminders', () => {
  it('reminds only the people who have not submitted, on the day, and never twice', async () => {
    const { hub, channel, database, clock } = await start();
    const serviceId = await buildService(database.db);
    const people = await buildCampaignPeople(database.db, serviceId, 12, { serviceUrl: channel.serviceUrl });
    const campaign = await launchCampaignFor(hub, serviceId, [7, 1]);
    await channel.waitForActivities(people.length, 20_000);

    const submitted = people.slice(0, 4);
    const started = people[4]!;
    for (const person of submitted) await recordResponse(database.db, campaign.id, person.id, 'submitted');
    await recordResponse(database.db, campaign.id, started.id, 'draft');

    // The day before reminder-7 is due, nothing is queued.
    clock.set('2026-11-22T10:00:00Z');
    await hub.campaignSending.tick();
    expect(await messageRows(database, campaign.id, 'reminder-7')).toEqual([]);

    clock.set('2026-11-23T10:00:00Z');
    await hub.campaignSending.tick();
    await channel.waitForActivities(people.length + 8, 20_000);
    await eventually(async () => (await messageRows(database, campaign.id, 'reminder-7')).every((row) => row.status === 'sent'), 'the reminders to be recorded as sent');
    // Later that day the job runs again: nobody hears twice.
    clock.set('2026-11-23T16:00:00Z');
    await hub.campaignSending.tick();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const notSubmitted = people.slice(4);
    expect(activitiesPer(channel, submitted)).toEqual([1, 1, 1, 1]);
    expect(activitiesPer(channel, notSubmitted)).toEqual(notSubmitted.map(() => 2));
    const reminders = await messageRows(database, campaign.id, 'reminder-7');
    expect(reminders.map((row) => row.person_id).sort()).toEqual(notSubmitted.map((person) => person.id).sort());
    expect(reminders.map((row) => row.status)).toEqual(notSubmitted.map(() => 'sent'));
    expect(await messageRows(database, campaign.id, 'reminder-1')).toEqual([]);
    const startedReminder = JSON.stringify(channel.activitiesIn(started.conversationId!)[1]);
    expect(startedReminder).toContain('Carry on here');
    expect(startedReminder).toContain('closes soon');
  });
});
