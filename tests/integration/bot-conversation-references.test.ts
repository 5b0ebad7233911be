import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import type { ConversationReferenceStore, StoredConversation } from '../../api/src/domain/shared/conversation-references.js';
import { buildPerson } from '../factories/people.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let store: ConversationReferenceStore;
/** Each test has its own person and chat, so no test depends on another's rows. */
const addPerson = (): Promise<string> => buildPerson(database.db);

function personalChat(personId: string | null, overrides: Partial<StoredConversation> = {}): StoredConversation {
  const conversationId = `a:1chat-with-${personId ?? 'nobody'}`;
  return {
    conversationId,
    personId,
    scope: 'personal',
    tenantId: 'tenant-1',
    teamId: null,
    channelId: null,
    teamName: null,
    channelName: null,
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    reference: { channelId: 'msteams', conversation: { id: conversationId }, bot: { id: '28:hub' } },
    ...overrides,
  };
}

function teamChannel(teamId: string, channelId: string): StoredConversation {
  return {
    conversationId: channelId,
    personId: null,
    scope: 'team',
    tenantId: 'tenant-1',
    teamId,
    channelId,
    teamName: null,
    channelName: null,
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    reference: { conversation: { id: channelId } },
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = createConversationReferenceRepository(database.db);
});

afterAll(async () => {
  await database?.destroy();
});

describe('conversation reference repository', () => {
  it('finds a saved personal chat by its person, with the reference as the channel gave it', async () => {
    const personId = await addPerson();
    await store.save(personalChat(personId));

    expect(await store.findPersonal(personId)).toEqual(personalChat(personId));
  });

  it('replaces the stored reference when the same conversation is saved again', async () => {
    const personId = await addPerson();
    await store.save(personalChat(personId));

    await store.save(personalChat(personId, { serviceUrl: 'https://smba.trafficmanager.net/emea/', reference: { moved: true } }));

    expect(await store.findPersonal(personId)).toMatchObject({ serviceUrl: 'https://smba.trafficmanager.net/emea/', reference: { moved: true } });
  });

  it('keeps who a personal chat belongs to when a later activity comes without a known person', async () => {
    const personId = await addPerson();
    const chat = personalChat(personId);
    await store.save(chat);

    await store.save({ ...chat, personId: null });

    expect(await store.findPersonal(personId)).toMatchObject({ conversationId: chat.conversationId, personId });
  });

  it('finds a team by its General channel, whose id is the team id, before any other channel', async () => {
    const teamId = '19:digital-team@thread.tacv2';
    await store.save(teamChannel(teamId, '19:projects@thread.tacv2'));
    await store.save(teamChannel(teamId, teamId));
    await store.save(teamChannel(teamId, '19:drop-ins@thread.tacv2'));

    expect(await store.findTeam(teamId)).toMatchObject({ conversationId: teamId, scope: 'team', teamId });
  });

  it('finds nothing for a person or team it has never heard from', async () => {
    expect(await store.findPersonal(await addPerson())).toBeUndefined();
    expect(await store.findTeam('19:unknown@thread.tacv2')).toBeUndefined();
  });

  it('forgets a removed conversation', async () => {
    const personId = await addPerson();
    await store.save(personalChat(personId));

    await store.remove(personalChat(personId).conversationId);

    expect(await store.findPersonal(personId)).toBeUndefined();
  });
});
