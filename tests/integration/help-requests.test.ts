import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import {
  CategorySuggestion,
  ChampionQueue,
  DEFAULT_HELP_REQUEST_SETTINGS,
  HelpRequestPage,
  HelpRequestSettings,
  TeamChannelChoices,
  type HelpRequest,
} from '../../api/src/contracts/help-requests.js';
import { buildChampion, buildSite } from '../factories/champions.js';
import { buildTeamChannel } from '../factories/conversations.js';
import { buildPerson, demoPersonId } from '../factories/people.js';
import { expectProblem, expectRequest, helpRequestApi, pauseExistingChampions } from '../support/help-request-api.js';
import { stillClock } from '../support/settable-clock.js';
import { startTestServer, type TestServer } from '../support/start-test-server.js';

/**
 * Help requests over HTTP, end to end: asked, offered to the best champion, accepted,
 * resolved (and logged), rated; who may see and do what; conflicts with reasons; bad input.
 * Tuesday 17 November 2026, 10:00 in the UK, a working day for every champion here.
 */

const clock = stillClock('2026-11-17T10:00:00Z');
let server: TestServer;
const api = helpRequestApi(() => server);

const people = {} as Record<'requester' | 'best' | 'second' | 'third' | 'outsider' | 'digital', string>;
const emails = {} as Record<keyof typeof people, string>;
const QUESTION = 'How do I add up a column in Excel?';

async function countRows(table: 'help_requests' | 'help_request_offers' | 'support_sessions'): Promise<number> {
  const row = await server.db.selectFrom(table).select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
  return row.count;
}

beforeAll(async () => {
  server = await startTestServer({ overrides: { clock } });
  await pauseExistingChampions(server.db);
  const [civicCentre, depot] = [await buildSite(server.db), await buildSite(server.db)];
  people.requester = await buildPerson(server.db, { displayName: 'Ruth Asker', siteId: civicCentre });
  people.best = await buildChampion(server.db, { displayName: 'Bella Best', siteId: civicCentre, strengths: { 'digital-at-work': 'confident' } });
  people.second = await buildChampion(server.db, { displayName: 'Sid Second', siteId: depot, strengths: { 'digital-at-work': 'capable' } });
  people.third = await buildChampion(server.db, { displayName: 'Theo Third', siteId: depot });
  people.outsider = await buildPerson(server.db, { displayName: 'Olly Outsider' });
  people.digital = await demoPersonId(server.db, 'Tom Nguyen');
  const rows = await server.db.selectFrom('people').select(['id', 'email']).where('id', 'in', Object.values(people)).execute();
  for (const [key, id] of Object.entries(people)) emails[key as keyof typeof people] = rows.find((row) => row.id === id)!.email;
  await server.db
    .insertInto('how_to_guides')
    .values([
      { title: 'Adding up in Excel', body_markdown: 'Use AutoSum.', category_keys: ['digital-at-work'], status: 'published', published_at: new Date('2026-10-01T10:00:00Z') },
      { title: 'A draft nobody sees', body_markdown: 'Not yet.', category_keys: ['digital-at-work'], status: 'draft' },
      { title: 'Spotting scams', body_markdown: 'Look twice.', category_keys: ['safe-and-legal'], status: 'published', published_at: new Date('2026-10-02T10:00:00Z') },
    ])
    .execute();
});

afterAll(async () => {
  await server?.close();
});

describe('a help request from asking to rating', () => {
  let asked: HelpRequest;

  it('offers a new request to the best available champion and says until when', async () => {
    asked = await api.ask(people.requester, QUESTION);
    expect(asked).toMatchObject({
      status: 'offered',
      question: QUESTION,
      categoryKey: 'digital-at-work',
      categoryTitle: 'Digital at work',
      channel: 'tab',
      requester: { id: people.requester, displayName: 'Ruth Asker' },
      offeredTo: { id: people.best, displayName: 'Bella Best' },
      offerNumber: 1,
      offerExpiresAt: '2026-11-17T14:00:00.000Z',
      claimedBy: null,
      chatUrl: null,
    });
    expect(asked.history.map((step) => step.event)).toEqual(['asked', 'offered']);
  });

  it('links the published guides for the request’s skill, and no drafts', () => {
    expect(asked.guides.map((guide) => guide.title)).toEqual(['Adding up in Excel']);
  });

  it('writes the request and its first offer', async () => {
    const offers = await server.db.selectFrom('help_request_offers').selectAll().where('request_id', '=', asked.id).execute();
    expect(offers).toEqual([expect.objectContaining({ champion_id: people.best, outcome: 'pending' })]);
  });

  it('shows it in the champion’s queue, with a chat link to the person who asked', async () => {
    const response = await api.call(people.best, 'GET', '/api/help-requests/queue');
    const queue = ChampionQueue.parse(await response.json());
    const offered = queue.offeredToMe.find((item) => item.id === asked.id);
    expect(offered?.chatUrl).toBe(`https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(emails.requester)}`);
  });

  it('lets the champion it is offered to accept it', async () => {
    const claimed = await expectRequest(await api.act(people.best, asked.id, 'accept'));
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: { id: people.best }, offeredTo: null, offerExpiresAt: null, claimedAt: '2026-11-17T10:00:00.000Z' });
    const offer = await server.db.selectFrom('help_request_offers').selectAll().where('request_id', '=', asked.id).executeTakeFirstOrThrow();
    expect(offer.outcome).toBe('accepted');
  });

  it('gives the person who asked the champion’s name and a Teams chat link to them', async () => {
    const seen = await api.get(people.requester, asked.id);
    expect(seen.claimedBy).toEqual({ id: people.best, displayName: 'Bella Best' });
    expect(seen.chatUrl).toBe(`https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(emails.best)}`);
  });

  it('refuses a resolution with bad minutes, naming the field, and writes nothing', async () => {
    const problem = await expectProblem(await api.act(people.best, asked.id, 'resolve', { note: 'Showed AutoSum', minutesSpent: 0 }), 400);
    expect(problem.errors?.map((error) => error.field)).toEqual(['body.minutesSpent']);
    expect(await countRows('support_sessions')).toBe(0);
    expect((await api.get(people.best, asked.id)).status).toBe('claimed');
  });

  it('returns 409 when the person who asked rates it before it is resolved', async () => {
    const problem = await expectProblem(await api.act(people.requester, asked.id, 'rate', { rating: 5 }), 409);
    expect(problem.detail).toMatch(/once your champion has marked the request as resolved/);
  });

  it('returns 403 when anyone but the claiming champion resolves it, and 404 to those who cannot see it', async () => {
    await expectProblem(await api.act(people.requester, asked.id, 'resolve', { note: 'Done', minutesSpent: 5 }), 403);
    await expectProblem(await api.act(people.second, asked.id, 'resolve', { note: 'Done', minutesSpent: 5 }), 404);
  });

  it('resolves it with a note and minutes, and logs the support session in the same step', async () => {
    clock.set('2026-11-17T23:30:00Z');
    api.forgetSessions();
    const resolved = await expectRequest(await api.act(people.best, asked.id, 'resolve', { note: 'Showed Ruth AutoSum and the SUM formula', minutesSpent: 25 }));
    expect(resolved).toMatchObject({ status: 'resolved', resolutionNote: 'Showed Ruth AutoSum and the SUM formula', minutesSpent: 25, resolvedAt: '2026-11-17T23:30:00.000Z' });
    const logged = await server.db.selectFrom('support_sessions').selectAll().where('help_request_id', '=', asked.id).execute();
    expect(logged).toEqual([
      expect.objectContaining({
        champion_id: people.best,
        kind: 'help-request',
        category_keys: ['digital-at-work'],
        minutes: 25,
        people_helped: 1,
        happened_on: '2026-11-17',
        note: 'Showed Ruth AutoSum and the SUM formula',
      }),
    ]);
  });

  it('returns 409 when it is resolved twice, and logs it once', async () => {
    const problem = await expectProblem(await api.act(people.best, asked.id, 'resolve', { note: 'Again', minutesSpent: 5 }), 409);
    expect(problem.detail).toBe('You have already resolved this request.');
    expect(await countRows('support_sessions')).toBe(1);
  });

  it('refuses a rating out of range, naming the field', async () => {
    const problem = await expectProblem(await api.act(people.requester, asked.id, 'rate', { rating: 6 }), 400);
    expect(problem.errors?.map((error) => error.field)).toEqual(['body.rating']);
  });

  it('returns 403 when the champion rates their own help', async () => {
    await expectProblem(await api.act(people.best, asked.id, 'rate', { rating: 5 }), 403);
  });

  it('lets the person who asked rate it once, with a comment', async () => {
    const rated = await expectRequest(await api.act(people.requester, asked.id, 'rate', { rating: 5, comment: '  Really patient, thank you  ' }));
    expect(rated).toMatchObject({ rating: 5, ratingComment: 'Really patient, thank you' });
    expect(rated.history.map((step) => step.event)).toEqual(['asked', 'offered', 'claimed', 'resolved', 'rated']);
    const again = await expectProblem(await api.act(people.requester, asked.id, 'rate', { rating: 1 }), 409);
    expect(again.detail).toBe('You have already rated the help with this request.');
  });

  it('lists it under the asker’s own requests', async () => {
    const response = await api.call(people.requester, 'GET', '/api/help-requests/mine');
    const page = HelpRequestPage.parse(await response.json());
    expect(page.items.map((item) => item.id)).toContain(asked.id);
    expect(page.total).toBe(page.items.length);
  });
});

describe('GET /api/help-requests/:id', () => {
  let offered: HelpRequest;

  beforeAll(async () => {
    clock.set('2026-11-18T10:00:00Z');
    api.forgetSessions();
    offered = await api.ask(people.requester, 'My Excel pivot table will not refresh');
  });

  it('returns 404 to staff who are not part of it, as for a request that does not exist', async () => {
    const hidden = await expectProblem(await api.call(people.outsider, 'GET', `/api/help-requests/${offered.id}`), 404);
    const missing = await expectProblem(await api.call(people.outsider, 'GET', '/api/help-requests/00000000-0000-4000-8000-000000000000'), 404);
    expect(hidden.detail).toBe(missing.detail);
  });

  it('returns 404 to a champion it is not offered to', async () => {
    expect(offered.offeredTo?.id).toBe(people.best);
    await expectProblem(await api.call(people.second, 'GET', `/api/help-requests/${offered.id}`), 404);
  });

  it('returns 400 naming the id when it is not one', async () => {
    const problem = await expectProblem(await api.call(people.requester, 'GET', '/api/help-requests/not-an-id'), 400);
    expect(problem.errors?.[0]?.field).toBe('params.id');
  });

  it('shows it to the digital team, and records that read in the audit log', async () => {
    const seen = await api.get(people.digital, offered.id);
    expect(seen.id).toBe(offered.id);
    const logged = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor_person_id', '=', people.digital)
      .where('resource', '=', 'help-request')
      .execute();
    expect(logged).toEqual([expect.objectContaining({ action: 'read', subject_person_id: people.requester })]);
  });
});

describe('POST /api/help-requests/:id/accept, pass and cancel: who may', () => {
  let offered: HelpRequest;

  beforeAll(async () => {
    offered = await api.ask(people.requester, 'Can someone show me conditional formatting in Excel?');
  });

  it('returns 404 when someone who cannot see the request accepts it', async () => {
    await expectProblem(await api.act(people.outsider, offered.id, 'accept'), 404);
  });

  it('returns 403 when the person who asked accepts it', async () => {
    await expectProblem(await api.act(people.requester, offered.id, 'accept'), 403);
  });

  it('returns 409 saying why when a champion accepts a request offered to someone else', async () => {
    const problem = await expectProblem(await api.act(people.third, offered.id, 'accept'), 409);
    expect(problem.detail).toBe('This request is offered to another champion at the moment.');
  });

  it('returns 403 when the person who asked passes it, and 404 to anyone else', async () => {
    await expectProblem(await api.act(people.requester, offered.id, 'pass'), 403);
    await expectProblem(await api.act(people.second, offered.id, 'pass'), 404);
  });

  it('returns 403 when the champion it is offered to cancels it', async () => {
    await expectProblem(await api.act(people.best, offered.id, 'cancel'), 403);
  });

  it('lets the person who asked cancel it, withdrawing the offer', async () => {
    const cancelled = await expectRequest(await api.act(people.requester, offered.id, 'cancel'));
    expect(cancelled).toMatchObject({ status: 'cancelled', offeredTo: null });
    expect(cancelled.history.map((step) => step.event)).toEqual(['asked', 'offered', 'cancelled']);
    const offer = await server.db.selectFrom('help_request_offers').selectAll().where('request_id', '=', offered.id).executeTakeFirstOrThrow();
    expect(offer.outcome).toBe('withdrawn');
  });

  it('returns 409 with the reason when a cancelled request is accepted or cancelled again', async () => {
    const accepted = await expectProblem(await api.act(people.best, offered.id, 'accept'), 409);
    expect(accepted.detail).toBe('This request was cancelled by the person who asked for help.');
    const again = await expectProblem(await api.act(people.requester, offered.id, 'cancel'), 409);
    expect(again.detail).toBe('You have already cancelled this request.');
  });

  it('keeps who was helping when a claimed request is cancelled', async () => {
    const request = await api.ask(people.requester, 'Help with Excel charts');
    await expectRequest(await api.act(people.best, request.id, 'accept'));
    const cancelled = await expectRequest(await api.act(people.requester, request.id, 'cancel'));
    expect(cancelled).toMatchObject({ status: 'cancelled', claimedBy: { id: people.best }, chatUrl: null });
    expect(cancelled.history.map((step) => step.event)).toEqual(['asked', 'offered', 'claimed', 'cancelled']);
  });
});

describe('POST /api/help-requests: bad input', () => {
  it('returns 422 naming body.categoryKey for a category the framework does not have, and writes nothing', async () => {
    const before = [await countRows('help_requests'), await countRows('help_request_offers')];
    const problem = await expectProblem(await api.call(people.requester, 'POST', '/api/help-requests', { question: 'Help with maps', categoryKey: 'gis' }), 422);
    expect(problem.errors?.map((error) => error.field)).toEqual(['body.categoryKey']);
    expect([await countRows('help_requests'), await countRows('help_request_offers')]).toEqual(before);
  });

  it('returns 400 naming each field that is missing or too short, and writes nothing', async () => {
    const before = await countRows('help_requests');
    const problem = await expectProblem(await api.call(people.requester, 'POST', '/api/help-requests', { question: 'hi' }), 400);
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['body.categoryKey', 'body.question']);
    expect(await countRows('help_requests')).toBe(before);
  });

  it('returns 401 to someone not signed in', async () => {
    const response = await fetch(`${server.baseUrl}/api/help-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTION, categoryKey: 'digital-at-work' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('GET /api/help-requests/suggest-category', () => {
  it('suggests a category from the words, with every category to choose from', async () => {
    const response = await api.call(people.requester, 'GET', `/api/help-requests/suggest-category?text=${encodeURIComponent('how do I spot a phishing email')}`);
    const suggestion = CategorySuggestion.parse(await response.json());
    expect(suggestion.suggested).toBe('safe-and-legal');
    expect(suggestion.categories).toHaveLength(8);
  });

  it('returns 400 naming query.text when there is no text', async () => {
    const problem = await expectProblem(await api.call(people.requester, 'GET', '/api/help-requests/suggest-category?text='), 400);
    expect(problem.errors?.[0]?.field).toBe('query.text');
  });
});

describe('GET /api/help-requests/queue', () => {
  it('returns 403 to someone who is not a champion', async () => {
    await expectProblem(await api.call(people.requester, 'GET', '/api/help-requests/queue'), 403);
  });
});

describe('GET and PUT /api/help-requests/settings', () => {
  it('returns 403 to staff', async () => {
    await expectProblem(await api.call(people.requester, 'GET', '/api/help-requests/settings'), 403);
    await expectProblem(await api.call(people.best, 'PUT', '/api/help-requests/settings', DEFAULT_HELP_REQUEST_SETTINGS), 403);
  });

  it('gives the digital team the defaults until they change them', async () => {
    const response = await api.call(people.digital, 'GET', '/api/help-requests/settings');
    expect(HelpRequestSettings.parse(await response.json())).toEqual(DEFAULT_HELP_REQUEST_SETTINGS);
  });

  it('returns 422 naming each bad field, and changes nothing', async () => {
    const problem = await expectProblem(
      await api.call(people.digital, 'PUT', '/api/help-requests/settings', { offerTimeoutWorkingHours: 0, maxOffers: 2, championsChannelConversationId: null, extra: true }),
      422,
    );
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(['body.extra', 'body.offerTimeoutWorkingHours']);
    const response = await api.call(people.digital, 'GET', '/api/help-requests/settings');
    expect(HelpRequestSettings.parse(await response.json())).toEqual(DEFAULT_HELP_REQUEST_SETTINGS);
  });

  it('returns 422 naming the channel when the app has not been added to it, and changes nothing', async () => {
    const unknown = { offerTimeoutWorkingHours: 2, maxOffers: 5, championsChannelConversationId: '19:nowhere@thread.tacv2' };
    const problem = await expectProblem(await api.call(people.digital, 'PUT', '/api/help-requests/settings', unknown), 422);
    expect(problem.errors).toEqual([{ field: 'body.championsChannelConversationId', message: 'is not a Teams channel the app has been added to' }]);
    const response = await api.call(people.digital, 'GET', '/api/help-requests/settings');
    expect(HelpRequestSettings.parse(await response.json())).toEqual(DEFAULT_HELP_REQUEST_SETTINGS);
  });

  it('saves the digital team’s change, audit-logged', async () => {
    await buildTeamChannel(server.db, '19:champions@thread.tacv2', { teamName: 'Digital Champions', channelName: 'General' });
    const changed = { offerTimeoutWorkingHours: 2, maxOffers: 5, championsChannelConversationId: '19:champions@thread.tacv2' };
    const response = await api.call(people.digital, 'PUT', '/api/help-requests/settings', changed);
    expect(HelpRequestSettings.parse(await response.json())).toEqual(changed);
    const logged = await server.db.selectFrom('audit_log').select('action').where('resource', '=', 'help-request-settings').execute();
    expect(logged).toEqual([{ action: 'update' }]);
    await api.call(people.digital, 'PUT', '/api/help-requests/settings', DEFAULT_HELP_REQUEST_SETTINGS);
  });
});

describe('GET /api/help-requests/settings/channels', () => {
  it('lists the team channels the app is in, by the names Teams gave, most recently heard from first', async () => {
    await buildTeamChannel(server.db, '19:older@thread.tacv2', { teamName: 'Customer Services', channelName: null });
    await buildTeamChannel(server.db, '19:newer@thread.tacv2', { teamName: 'Digital Champions', channelName: 'Help requests' });

    const response = await api.call(people.digital, 'GET', '/api/help-requests/settings/channels');

    const { channels } = TeamChannelChoices.parse(await response.json());
    expect(channels.filter((channel) => ['19:older@thread.tacv2', '19:newer@thread.tacv2'].includes(channel.conversationId))).toEqual([
      { conversationId: '19:newer@thread.tacv2', teamName: 'Digital Champions', channelName: 'Help requests', lastHeardAt: expect.any(String) },
      { conversationId: '19:older@thread.tacv2', teamName: 'Customer Services', channelName: null, lastHeardAt: expect.any(String) },
    ]);
  });

  it('returns 403 to staff and champions', async () => {
    await expectProblem(await api.call(people.requester, 'GET', '/api/help-requests/settings/channels'), 403);
    await expectProblem(await api.call(people.best, 'GET', '/api/help-requests/settings/channels'), 403);
  });
});
