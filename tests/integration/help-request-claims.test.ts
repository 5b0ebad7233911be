import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HelpRequest } from '../../api/src/contracts/help-requests.js';
import { buildChampion } from '../factories/champions.js';
import { buildPerson } from '../factories/people.js';
import { expectProblem, expectRequest, helpRequestApi, pauseExistingChampions } from '../support/help-request-api.js';
import { stillClock } from '../support/settable-clock.js';
import { CROWD_ALLOWANCES, startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Exactly one champion can take a request, however many press Accept at once: the database
 * decides with one conditional update, over real HTTP requests running concurrently.
 */

const clock = stillClock('2026-11-17T10:00:00Z');
let server: TestServer;
const api = helpRequestApi(() => server);
let requester: string;

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock, rateLimits: CROWD_ALLOWANCES } });
  requester = await buildPerson(server.db, { displayName: 'Ruth Asker' });
});

afterAll(async () => {
  await server?.close();
});

describe('POST /api/help-requests/:id/accept at the same moment', () => {
  const CHAMPIONS = 50;
  const PAIRS = 50;
  let racers: string[];
  let names: Map<string, string>;

  beforeAll(async () => {
    // Asked while nobody can be offered anything, so every request goes to all champions.
    await pauseExistingChampions(server.db);
    racers = [];
    for (let index = 0; index < CHAMPIONS; index += 1) {
      racers.push(await buildChampion(server.db, { displayName: `Racer ${String(index).padStart(2, '0')}`, status: 'paused' }));
    }
    names = new Map(racers.map((id, index) => [id, `Racer ${String(index).padStart(2, '0')}`]));
    await Promise.all(racers.map((id) => api.call(id, 'GET', '/api/me')));
  });

  async function openRequests(count: number): Promise<HelpRequest[]> {
    await server.db.updateTable('champions').set({ status: 'paused' }).where('person_id', 'in', racers).execute();
    const asked: HelpRequest[] = [];
    for (let index = 0; index < count; index += 1) asked.push(await api.ask(requester, `Race number ${index} about Excel`));
    await server.db.updateTable('champions').set({ status: 'active' }).where('person_id', 'in', racers).execute();
    expect(asked.every((request) => request.status === 'open-to-all')).toBe(true);
    return asked;
  }

  it(`gives one of ${CHAMPIONS} champions accepting together the request, and tells every other who took it`, async () => {
    const [request] = await openRequests(1);
    const responses = await Promise.all(racers.map((id) => api.act(id, request!.id, 'accept')));
    const winners = responses.filter((response) => response.status === 200);
    expect(winners).toHaveLength(1);
    const claimed = await expectRequest(winners[0]!);
    const winnerName = names.get(claimed.claimedBy!.id)!;
    const losers = responses.filter((response) => response.status !== 200);
    expect(losers).toHaveLength(CHAMPIONS - 1);
    for (const loser of losers) expect((await expectProblem(loser, 409)).detail).toBe(`${winnerName} has already taken this request.`);
    const row = await server.db.selectFrom('help_requests').select(['status', 'claimed_by']).where('id', '=', request!.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'claimed', claimed_by: claimed.claimedBy!.id });
  });

  it(`gives exactly one winner in each of ${PAIRS} races between two champions`, async () => {
    const requests = await openRequests(PAIRS);
    const races = requests.map((request, index) => {
      const pair = [racers[index % CHAMPIONS]!, racers[(index + 1) % CHAMPIONS]!];
      return Promise.all(pair.map((id) => api.act(id, request.id, 'accept')));
    });
    const outcomes = await Promise.all(races);
    for (const [index, responses] of outcomes.entries()) {
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const winner = await expectRequest(responses.find((response) => response.status === 200)!);
      const loser = await expectProblem(responses.find((response) => response.status === 409)!, 409);
      expect(loser.detail).toBe(`${winner.claimedBy!.displayName} has already taken this request.`);
      const row = await server.db.selectFrom('help_requests').select('claimed_by').where('id', '=', requests[index]!.id).executeTakeFirstOrThrow();
      expect(row.claimed_by).toBe(winner.claimedBy!.id);
    }
  });
});
