import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ChampionQueue, DEFAULT_HELP_REQUEST_SETTINGS, type HelpRequest } from '../../api/src/contracts/help-requests.js';
import { buildChampion, buildSite } from '../factories/champions.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { expectProblem, expectRequest, helpRequestApi, pauseExistingChampions } from '../support/help-request-api.js';
import { stillClock } from '../support/settable-clock.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Escalation with the server's clock under the test's control: a passed offer goes to the
 * next champion at once; an unanswered one after 4 working hours (Friday 15:00 → Monday
 * 11:00, not before); after three offers, to every champion; a cancelled request goes to
 * nobody else. The job is run as the scheduler would, with runScheduledJob.
 *
 * Champions, best first for Digital at work: Ava (confident, same site), Ben (confident),
 * Cal (capable), Dee (no strength in it).
 */

const FRIDAY_3PM = '2026-11-20T15:00:00Z';
const clock = stillClock(FRIDAY_3PM);
let server: TestServer;
const api = helpRequestApi(() => server);
const champions = {} as Record<'ava' | 'ben' | 'cal' | 'dee', string>;
let digitalTeam: string;
let askers = 0;

/** Moves the server's clock and runs the escalation job, as the minute's schedule would. */
async function runEscalationAt(at: string): Promise<void> {
  clock.set(at);
  api.forgetSessions();
  await server.hub.runScheduledJob('help-request-escalation');
}

async function newAsker(): Promise<string> {
  askers += 1;
  return buildPerson(server.db, { displayName: `Asker ${askers}`, siteId: await siteOf(champions.ava) });
}

async function siteOf(personId: string): Promise<string | null> {
  return (await server.db.selectFrom('people').select('site_id').where('id', '=', personId).executeTakeFirstOrThrow()).site_id;
}

const events = (request: HelpRequest) => request.history.map((step) => (step.champion ? `${step.event} ${step.champion.displayName}` : step.event));

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  await pauseExistingChampions(server.db);
  const [civicCentre, depot] = [await buildSite(server.db), await buildSite(server.db)];
  champions.ava = await buildChampion(server.db, { displayName: 'Ava', siteId: civicCentre, strengths: { 'digital-at-work': 'confident' } });
  champions.ben = await buildChampion(server.db, { displayName: 'Ben', siteId: depot, strengths: { 'digital-at-work': 'confident' } });
  champions.cal = await buildChampion(server.db, { displayName: 'Cal', siteId: depot, strengths: { 'digital-at-work': 'capable' } });
  champions.dee = await buildChampion(server.db, { displayName: 'Dee', siteId: depot });
  digitalTeam = await demoPersonId(server.db, 'Tom Nguyen');
});

afterAll(async () => {
  await server?.close();
});

describe('passing an offer', () => {
  it('offers the request to the next best champion at once, with a fresh time limit', async () => {
    const asker = await newAsker();
    const asked = await api.ask(asker, 'Excel will not let me merge cells');
    expect(asked.offeredTo?.displayName).toBe('Ava');

    clock.set('2026-11-20T15:30:00Z');
    api.forgetSessions();
    const passed = await expectRequest(await api.act(champions.ava, asked.id, 'pass'));
    expect(passed).toMatchObject({ status: 'offered', offerNumber: 2 });
    const seen = await api.get(asker, asked.id);
    expect(seen.offeredTo?.displayName).toBe('Ben');
    expect(seen.offerExpiresAt).toBe('2026-11-23T11:30:00.000Z');
    expect(events(seen)).toEqual(['asked', 'offered Ava', 'passed Ava', 'offered Ben']);
  });

  it('hides the request from the champion who passed it, and refuses a second pass with a reason', async () => {
    const asked = await api.ask(await newAsker(), 'How do I freeze the top row in Excel?');
    await expectRequest(await api.act(champions.ava, asked.id, 'pass'));
    await expectProblem(await api.call(champions.ava, 'GET', `/api/help-requests/${asked.id}`), 404);
    const again = await expectProblem(await api.act(champions.ava, asked.id, 'pass'), 409);
    expect(again.detail).toBe('You have already passed this request on.');
    const accepted = await expectProblem(await api.act(champions.ava, asked.id, 'accept'), 409);
    expect(accepted.detail).toBe('This request is offered to another champion at the moment.');
  });

  it('opens the request to every champion when nobody is left to offer it to', async () => {
    const put = await api.call(digitalTeam, 'PUT', '/api/help-requests/settings', { ...DEFAULT_HELP_REQUEST_SETTINGS, maxOffers: 10 });
    expect(put.status).toBe(200);
    try {
      const asked = await api.ask(await newAsker(), 'Excel keeps crashing when I open the rota');
      for (const name of ['Ava', 'Ben', 'Cal', 'Dee']) {
        const current = await api.get(digitalTeam, asked.id);
        expect(current.offeredTo?.displayName).toBe(name);
        await expectRequest(await api.act(current.offeredTo!.id, asked.id, 'pass'));
      }
      const opened = await api.get(digitalTeam, asked.id);
      expect(opened).toMatchObject({ status: 'open-to-all', offeredTo: null, offerNumber: 4 });
      expect(events(opened).at(-1)).toBe('open-to-all');
    } finally {
      await api.call(digitalTeam, 'PUT', '/api/help-requests/settings', DEFAULT_HELP_REQUEST_SETTINGS);
    }
  });
});

describe('an offer nobody answers', () => {
  let asked: HelpRequest;

  beforeAll(async () => {
    clock.set(FRIDAY_3PM);
    asked = await api.ask(await newAsker(), 'Can someone show me pivot tables in Excel?');
  });

  it('lasts 4 working hours: asked on Friday at 15:00, it runs out on Monday at 11:00', () => {
    expect(asked.offeredTo?.displayName).toBe('Ava');
    expect(asked.offerExpiresAt).toBe('2026-11-23T11:00:00.000Z');
  });

  it('stays with the champion over the weekend and until its time is up', async () => {
    await runEscalationAt('2026-11-21T12:00:00Z');
    await runEscalationAt('2026-11-23T10:59:59Z');
    const seen = await api.get(digitalTeam, asked.id);
    expect(seen).toMatchObject({ status: 'offered', offeredTo: { displayName: 'Ava' }, offerNumber: 1 });
  });

  it('goes to the next champion once its time is up', async () => {
    await runEscalationAt('2026-11-23T11:00:00Z');
    const seen = await api.get(digitalTeam, asked.id);
    expect(seen).toMatchObject({ status: 'offered', offeredTo: { displayName: 'Ben' }, offerNumber: 2, offerExpiresAt: '2026-11-23T15:00:00.000Z' });
    expect(events(seen)).toEqual(['asked', 'offered Ava', 'expired Ava', 'offered Ben']);
  });

  it('moves on only once when the job runs again at the same moment', async () => {
    await runEscalationAt('2026-11-23T11:00:00Z');
    expect((await api.get(digitalTeam, asked.id)).offeredTo?.displayName).toBe('Ben');
  });

  it('goes to every champion after three offers, even with a champion not yet asked', async () => {
    await runEscalationAt('2026-11-23T15:00:00Z');
    const third = await api.get(digitalTeam, asked.id);
    expect(third).toMatchObject({ offeredTo: { displayName: 'Cal' }, offerNumber: 3, offerExpiresAt: '2026-11-24T11:00:00.000Z' });

    await runEscalationAt('2026-11-24T11:00:00Z');
    const opened = await api.get(digitalTeam, asked.id);
    expect(opened).toMatchObject({ status: 'open-to-all', offeredTo: null, offerExpiresAt: null, offerNumber: 3 });
    expect(events(opened)).toEqual(['asked', 'offered Ava', 'expired Ava', 'offered Ben', 'expired Ben', 'offered Cal', 'expired Cal', 'open-to-all']);
  });

  it('is then in every champion’s queue, and any of them can take it', async () => {
    const response = await api.call(champions.dee, 'GET', '/api/help-requests/queue');
    const queue = ChampionQueue.parse(await response.json());
    expect(queue.openToAll.map((request) => request.id)).toContain(asked.id);
    const claimed = await expectRequest(await api.act(champions.dee, asked.id, 'accept'));
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: { displayName: 'Dee' } });
    expect(events(claimed).at(-1)).toBe('claimed Dee');
  });
});

describe('cancelling while the request is offered', () => {
  it('stops it: the offer is withdrawn and nobody else is offered it, however long passes', async () => {
    clock.set(FRIDAY_3PM);
    const asker = await newAsker();
    const asked = await api.ask(asker, 'Please help with Excel formulas');
    await expectRequest(await api.act(asker, asked.id, 'cancel'));

    await runEscalationAt('2026-11-23T11:00:00Z');
    await runEscalationAt('2026-12-31T12:00:00Z');
    const offers = await server.db.selectFrom('help_request_offers').select(['champion_id', 'outcome']).where('request_id', '=', asked.id).execute();
    expect(offers).toEqual([{ champion_id: champions.ava, outcome: 'withdrawn' }]);
    const seen = await api.get(asker, asked.id);
    expect(seen).toMatchObject({ status: 'cancelled', offerNumber: 1 });
    expect(events(seen)).toEqual(['asked', 'offered Ava', 'cancelled']);
  });
});
