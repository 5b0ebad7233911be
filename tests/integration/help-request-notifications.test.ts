import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HelpRequest } from '../../api/src/contracts/help-requests.js';
import { createAuditLogRepository } from '../../api/src/db/audit-log-repository.js';
import { createChampionPool } from '../../api/src/db/champion-pool-repository.js';
import { createFrameworkRepository } from '../../api/src/db/framework-repository.js';
import { createFrameworkWriter } from '../../api/src/db/framework-writer.js';
import { createHelpRequestRepository } from '../../api/src/db/help-request-repository.js';
import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import { createHelpRequestSettingsRepository } from '../../api/src/db/help-request-settings-repository.js';
import { ensureDefaultFramework } from '../../api/src/domain/audit/ensure-default-framework.js';
import { cachedFrameworkVersions } from '../../api/src/domain/audit/framework-index.js';
import { acceptHelpRequest } from '../../api/src/domain/champions/help-requests/accept-help-request.js';
import { cancelHelpRequest } from '../../api/src/domain/champions/help-requests/cancel-help-request.js';
import { createHelpRequest } from '../../api/src/domain/champions/help-requests/create-help-request.js';
import type { HelpRequestDeps } from '../../api/src/domain/champions/help-requests/help-request-deps.js';
import type { HelpRequestEvent } from '../../api/src/domain/champions/help-requests/help-request-notifier.js';
import { passHelpRequest } from '../../api/src/domain/champions/help-requests/pass-help-request.js';
import { rateHelpRequest } from '../../api/src/domain/champions/help-requests/rate-help-request.js';
import { resolveHelpRequest } from '../../api/src/domain/champions/help-requests/resolve-help-request.js';
import type { Actor } from '../../api/src/domain/shared/actor.js';
import { buildChampion } from '../factories/champions.js';
import { buildPerson } from '../factories/people.js';
import { stillClock } from '../support/settable-clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * What the use cases tell the bot (the HelpRequestNotifier port), with the real repository:
 * each change once, after it is committed, with the request as the system sees it and the
 * chat links for both sides. A notifier that throws never undoes or fails a change.
 */

let database: TestDatabase;
let deps: HelpRequestDeps;
const told: HelpRequestEvent[] = [];
const notifierErrors: string[] = [];
let throwing = false;
const clock = stillClock('2026-11-17T10:00:00Z');
const actors = {} as Record<'asker' | 'first' | 'second', Actor>;
const emails = {} as Record<keyof typeof actors, string>;

async function actor(personId: string, champion: boolean): Promise<Actor> {
  const person = await database.db.selectFrom('people').select(['display_name', 'email']).where('id', '=', personId).executeTakeFirstOrThrow();
  return { personId, displayName: person.display_name, roles: new Set(champion ? ['staff', 'champion'] : ['staff']) };
}

const chatWith = (email: string) => `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
const kinds = () => told.map((event) => event.kind);

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await ensureDefaultFramework(createFrameworkWriter(db));
  deps = {
    requests: createHelpRequestRepository(db),
    pool: createChampionPool(db),
    frameworks: cachedFrameworkVersions(createFrameworkRepository(db)),
    settings: createHelpRequestSettingsRepository(db),
    channels: createConversationReferenceRepository(db),
    notifier: {
      notify: async (event) => {
        if (throwing) throw new Error('Teams is down');
        told.push(event);
      },
    },
    clock,
    audit: createAuditLogRepository(db),
    onNotifyError: (error, kind) => notifierErrors.push(`${kind}: ${String(error)}`),
  };
  const askerId = await buildPerson(db, { displayName: 'Nia Asker' });
  const firstId = await buildChampion(db, { displayName: 'Fran First', strengths: { communicating: 'confident' } });
  const secondId = await buildChampion(db, { displayName: 'Sol Second', strengths: { communicating: 'capable' } });
  actors.asker = await actor(askerId, false);
  actors.first = await actor(firstId, true);
  actors.second = await actor(secondId, true);
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) {
    emails[key] = (await db.selectFrom('people').select('email').where('id', '=', actors[key].personId).executeTakeFirstOrThrow()).email;
  }
});

afterAll(async () => {
  await database?.destroy();
});

describe('the help-request notifier', () => {
  let requestId: string;

  it('is told "offered" with the champion and a chat link to the asker when a request is asked', async () => {
    const asked = await createHelpRequest(deps, actors.asker, { question: 'How do I start a video call?', categoryKey: 'communicating' }, 'bot');
    requestId = asked.id;
    expect(asked.channel).toBe('bot');
    expect(kinds()).toEqual(['offered']);
    const [event] = told;
    if (event?.kind !== 'offered') throw new Error('expected an offer');
    expect(event.champion).toEqual({ id: actors.first.personId, displayName: 'Fran First' });
    expect(event.chats).toEqual({ withRequester: chatWith(emails.asker), withChampion: null });
    expect(HelpRequest.parse(event.request)).toMatchObject({ id: requestId, status: 'offered', chatUrl: null, offeredTo: { id: actors.first.personId } });
  });

  it('is told "offered" again, for the next champion, when the first passes', async () => {
    await passHelpRequest(deps, actors.first, requestId);
    const event = told.at(-1);
    expect(event?.kind === 'offered' && event.champion.id).toBe(actors.second.personId);
  });

  it('is told "claimed" with a chat link to the champion when it is accepted', async () => {
    await acceptHelpRequest(deps, actors.second, requestId);
    const event = told.at(-1);
    expect(event?.kind).toBe('claimed');
    expect(event?.chats).toEqual({ withRequester: chatWith(emails.asker), withChampion: chatWith(emails.second) });
    expect(event?.request.claimedBy).toEqual({ id: actors.second.personId, displayName: 'Sol Second' });
  });

  it('is told "resolved" and then "rated"', async () => {
    await resolveHelpRequest(deps, actors.second, requestId, { note: 'Started a call together', minutesSpent: 10 });
    await rateHelpRequest(deps, actors.asker, requestId, { rating: 4 });
    expect(kinds().slice(-2)).toEqual(['resolved', 'rated']);
    expect(told.at(-1)?.request.rating).toBe(4);
  });

  it('is told "open-to-all" when nobody can be offered a new request', async () => {
    const asked = await createHelpRequest(deps, actors.first, { question: 'Help with a video call', categoryKey: 'communicating' }, 'tab');
    // Fran asked, so only Sol is left: offered to Sol, who passes; nobody is left.
    expect(told.at(-1)?.kind).toBe('offered');
    await passHelpRequest(deps, actors.second, asked.id);
    expect(told.at(-1)).toMatchObject({ kind: 'open-to-all', request: { id: asked.id, status: 'open-to-all' } });
  });

  it('is told "cancelled" when the asker cancels', async () => {
    const asked = await createHelpRequest(deps, actors.asker, { question: 'Sharing my screen in a call', categoryKey: 'communicating' }, 'bot');
    await cancelHelpRequest(deps, actors.asker, asked.id);
    expect(told.at(-1)).toMatchObject({ kind: 'cancelled', request: { id: asked.id, status: 'cancelled' } });
  });

  it('never turns a committed change into a failure when it throws: the change stands and the error is reported', async () => {
    const asked = await createHelpRequest(deps, actors.asker, { question: 'Muting myself in a call', categoryKey: 'communicating' }, 'bot');
    throwing = true;
    try {
      const claimed = await acceptHelpRequest(deps, actors.first, asked.id);
      expect(claimed.status).toBe('claimed');
    } finally {
      throwing = false;
    }
    expect(notifierErrors).toEqual(['claimed: Error: Teams is down']);
    const row = await database.db.selectFrom('help_requests').select(['status', 'claimed_by']).where('id', '=', asked.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'claimed', claimed_by: actors.first.personId });
  });
});
