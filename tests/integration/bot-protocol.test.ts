import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { loadConfig, type BotConfig } from '../../api/src/config.js';
import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import type { Db } from '../../api/src/db/database.js';
import { createBotEndpoint, type FindPersonByEntraObjectId } from '../../bot/bot-endpoint.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { APOLOGY } from '../../bot/create-bot-adapter.js';
import { DID_NOT_UNDERSTAND } from '../../bot/hub-bot.js';
import { startLocalChannel, type LocalChannel, type RecordedActivity } from '../support/local-channel.js';
import { buildPerson } from '../factories/people.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TENANT_ID = '8d5e3c1a-0f7b-4a62-9e14-3b2c7d9f0a51';
const SAM_OBJECT_ID = '3f2a9c71-5b8e-4d06-a1c4-7e9b2d6f8a30';
const BOT = { id: '28:digital-culture-hub', name: 'Digital Culture Hub' };
const SAM = { id: '29:sam-patel', name: 'Sam Patel', aadObjectId: SAM_OBJECT_ID };
const PERSONAL_CHAT = 'a:1personal-chat-with-sam';
const TEAM_ID = '19:digital-team@thread.tacv2';
const CARD = 'application/vnd.microsoft.card.adaptive';

interface RunningBot {
  url: string;
  close(): Promise<void>;
}

async function startBot(deps: {
  config: BotConfig;
  db: Db;
  logger?: Logger;
  findPersonByEntraObjectId?: FindPersonByEntraObjectId;
}): Promise<RunningBot> {
  const app = express();
  app.post(
    '/api/messages',
    express.json(),
    createBotEndpoint({
      config: deps.config,
      conversations: createConversationReferenceRepository(deps.db),
      findPersonByEntraObjectId:
        deps.findPersonByEntraObjectId ??
        (async (objectId) => {
          const row = await deps.db
            .selectFrom('people')
            .select(['id', 'display_name'])
            .where('entra_object_id', '=', objectId)
            .executeTakeFirst();
          return row && { id: row.id, displayName: row.display_name };
        }),
      logger: deps.logger ?? pino({ level: 'silent' }),
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

let database: TestDatabase;
let channel: LocalChannel;
let bot: RunningBot;
let samPersonId: string;
let activityCounter = 0;

function baseActivity(conversation: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  activityCounter += 1;
  return {
    id: `incoming-${activityCounter}`,
    channelId: 'msteams',
    serviceUrl: channel.serviceUrl,
    timestamp: new Date().toISOString(),
    from: SAM,
    recipient: BOT,
    conversation: { tenantId: TENANT_ID, ...conversation },
    channelData: { tenant: { id: TENANT_ID } },
    ...overrides,
  };
}

function personalMessage(text: string, overrides: Record<string, unknown> = {}) {
  return baseActivity({ id: PERSONAL_CHAT, conversationType: 'personal' }, { type: 'message', text, ...overrides });
}

function teamActivity(conversationId: string, overrides: Record<string, unknown>) {
  return baseActivity(
    { id: conversationId, conversationType: 'channel', isGroup: true },
    {
      channelData: { tenant: { id: TENANT_ID }, team: { id: TEAM_ID, name: 'Digital team' }, channel: { id: TEAM_ID } },
      ...overrides,
    },
  );
}

async function post(activity: unknown, url = bot.url, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}

function onlyCardOf(activity: RecordedActivity | undefined): Record<string, unknown> {
  expect(activity?.attachments).toHaveLength(1);
  const attachment = activity!.attachments![0]!;
  expect(attachment.contentType).toBe(CARD);
  return attachment.content;
}

function cardText(card: Record<string, unknown>): string {
  return JSON.stringify(card);
}

async function storedConversation(conversationId: string) {
  return database.db
    .selectFrom('conversation_references')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
}

beforeAll(async () => {
  database = await createTestDatabase();
  channel = await startLocalChannel();
  samPersonId = await buildPerson(database.db, {
    email: 'sam.patel@council.example',
    displayName: 'Sam Patel',
    entraObjectId: SAM_OBJECT_ID,
    jobTitle: 'Revenues officer',
  });
  // Local mode exactly as an empty environment configures it: no bot app id.
  bot = await startBot({ config: loadConfig({}).bot, db: database.db });
});

afterAll(async () => {
  await bot?.close();
  await channel?.close();
  await database?.destroy();
});

beforeEach(() => channel.clear());

describe('POST /api/messages: a personal chat message', () => {
  it('answers "help" with the help card, sent back to the channel as a reply', async () => {
    const activity = personalMessage('help');

    const response = await post(activity);

    expect(response.status).toBe(200);
    expect(channel.requests).toHaveLength(1);
    const request = channel.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.conversationId).toBe(PERSONAL_CHAT);
    expect(request.activityId).toBe(activity.id);
    const card = onlyCardOf(request.activity);
    expect(card.speak).toEqual(expect.stringContaining('help'));
    expect(cardText(card)).toContain('What I can do');
    expect(findCardProblems(card)).toEqual([]);
    expect(request.activity.text).toBeUndefined();
    expect(channel.unexpected).toEqual([]);
  });

  it('sends no credentials to the channel in local mode', async () => {
    await post(personalMessage('help'));

    expect(channel.requests[0]!.authorization).toBeUndefined();
  });

  it.each(['HELP', ' Help ', 'help!', 'Help?'])('treats %j as help', async (text) => {
    await post(personalMessage(text));

    expect(channel.activities).toHaveLength(1);
    expect(channel.activities[0]!.text).toBeUndefined();
    expect(cardText(onlyCardOf(channel.activities[0]))).toContain('What I can do');
  });

  it('answers the welcome card\'s "Show what I can ask" button with the help card', async () => {
    await post(personalMessage('', { text: undefined, value: { command: 'help' } }));

    expect(channel.activities).toHaveLength(1);
    expect(channel.activities[0]!.text).toBeUndefined();
    expect(cardText(onlyCardOf(channel.activities[0]))).toContain('What I can do');
  });

  it('says it did not catch anything else, and shows the help card with it', async () => {
    await post(personalMessage('what is the weather like in Leeds'));

    expect(channel.activities).toHaveLength(1);
    expect(channel.activities[0]!.text).toBe(DID_NOT_UNDERSTAND);
    expect(cardText(onlyCardOf(channel.activities[0]))).toContain('What I can do');
  });

  it('remembers the conversation for the person the directory knows by their Entra object id', async () => {
    await post(personalMessage('help'));

    const row = await storedConversation(PERSONAL_CHAT);
    expect(row).toMatchObject({
      conversation_id: PERSONAL_CHAT,
      person_id: samPersonId,
      scope: 'personal',
      tenant_id: TENANT_ID,
      team_id: null,
      channel_id: null,
      service_url: channel.serviceUrl,
    });
    expect(row!.reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: channel.serviceUrl,
      bot: { id: BOT.id },
      user: { id: SAM.id, aadObjectId: SAM_OBJECT_ID },
      conversation: { id: PERSONAL_CHAT },
    });
    expect(row!.reference).not.toHaveProperty('activityId');
  });

  it('remembers the conversation without a person when the directory does not know the sender', async () => {
    const stranger = { id: '29:stranger', name: 'New Starter', aadObjectId: '0b9e4d2c-7a16-4f38-b5e0-c1d2e3f4a5b6' };

    await post(baseActivity({ id: 'a:1stranger', conversationType: 'personal' }, { type: 'message', text: 'help', from: stranger }));

    expect(await storedConversation('a:1stranger')).toMatchObject({ person_id: null, scope: 'personal' });
    expect(channel.activities).toHaveLength(1);
  });

  it('treats a sender whose object id is not a GUID (the Agents Playground\'s made-up users) as unknown', async () => {
    const playgroundUser = { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' };

    await post(baseActivity({ id: 'playground-chat', conversationType: 'personal' }, { type: 'message', text: 'help', from: playgroundUser }));

    expect(await storedConversation('playground-chat')).toMatchObject({ person_id: null, scope: 'personal' });
    expect(channel.activities).toHaveLength(1);
  });
});

describe('POST /api/messages: a message in a team channel', () => {
  it('answers "@Digital Culture Hub help" with the help card for channels', async () => {
    const thread = `${TEAM_ID};messageid=1718000000000`;
    const mention = `<at>${BOT.name}</at>`;
    const activity = teamActivity(thread, {
      type: 'message',
      text: `${mention} help`,
      entities: [{ type: 'mention', text: mention, mentioned: BOT }],
    });

    const response = await post(activity);

    expect(response.status).toBe(200);
    expect(channel.requests).toHaveLength(1);
    expect(channel.requests[0]!.conversationId).toBe(thread);
    expect(channel.requests[0]!.activity.text).toBeUndefined();
    const card = onlyCardOf(channel.requests[0]!.activity);
    expect(cardText(card)).toContain('mention me first');
    expect(findCardProblems(card)).toEqual([]);
  });

  it('answers "help" even when the mention in the text is spelled differently from its entity', async () => {
    const activity = teamActivity(TEAM_ID, {
      type: 'message',
      text: '<at>Digital&nbsp;Culture Hub</at>&nbsp;Help',
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    });

    await post(activity);

    expect(channel.activities[0]!.text).toBeUndefined();
  });

  it('remembers the channel itself, not the thread, so later posts start a new thread', async () => {
    const activity = teamActivity(`${TEAM_ID};messageid=1718000000001`, { type: 'message', text: 'help' });

    await post(activity);

    const row = await storedConversation(TEAM_ID);
    expect(row).toMatchObject({ scope: 'team', team_id: TEAM_ID, channel_id: TEAM_ID, person_id: null, tenant_id: TENANT_ID });
    expect(row!.reference).toMatchObject({ conversation: { id: TEAM_ID } });
  });
});

describe('POST /api/messages: the bot is installed', () => {
  it('welcomes the person by name when they install it for themselves', async () => {
    const activity = baseActivity(
      { id: 'a:1fresh-install', conversationType: 'personal' },
      { type: 'installationUpdate', action: 'add' },
    );

    const response = await post(activity);

    expect(response.status).toBe(200);
    expect(channel.activities).toHaveLength(1);
    const card = onlyCardOf(channel.activities[0]);
    expect(cardText(card)).toContain('Hello Sam Patel, welcome to the Digital Culture Hub');
    expect(findCardProblems(card)).toEqual([]);
    expect(await storedConversation('a:1fresh-install')).toMatchObject({ person_id: samPersonId, scope: 'personal' });
  });

  it('welcomes everyone when it is added to a team, and remembers the team', async () => {
    const activity = teamActivity(TEAM_ID, { type: 'installationUpdate', action: 'add' });

    await post(activity);

    expect(channel.activities).toHaveLength(1);
    const card = onlyCardOf(channel.activities[0]);
    expect(cardText(card)).toContain('Thanks for adding the Digital Culture Hub to this team');
    expect(findCardProblems(card)).toEqual([]);
    expect(await storedConversation(TEAM_ID)).toMatchObject({ scope: 'team', team_id: TEAM_ID, team_name: 'Digital team', channel_name: 'General' });
  });

  it('keeps a channel’s names when a later message comes without them, and takes a new name when Teams sends one', async () => {
    const channelId = '19:champions-corner@thread.tacv2';
    const inChannel = (channelData: Record<string, unknown>) =>
      teamActivity(`${channelId};messageid=1718000000002`, { type: 'message', text: 'help', channelData: { tenant: { id: TENANT_ID }, ...channelData } });

    await post(inChannel({ team: { id: TEAM_ID, name: 'Digital team' }, channel: { id: channelId, name: 'Champions corner' } }));
    await post(inChannel({ team: { id: TEAM_ID }, channel: { id: channelId } }));
    expect(await storedConversation(channelId)).toMatchObject({ team_name: 'Digital team', channel_name: 'Champions corner' });

    await post(inChannel({ team: { id: TEAM_ID, name: 'Digital & Data' }, channel: { id: channelId, name: 'Champions' } }));
    expect(await storedConversation(channelId)).toMatchObject({ team_name: 'Digital & Data', channel_name: 'Champions' });
  });

  it('welcomes once in Teams, which announces an installation with both an installationUpdate and a conversationUpdate', async () => {
    const conversation = { id: 'a:1double-announcement', conversationType: 'personal' };

    await post(baseActivity(conversation, { type: 'installationUpdate', action: 'add' }));
    await post(baseActivity(conversation, { type: 'conversationUpdate', membersAdded: [SAM, BOT] }));

    expect(channel.activities).toHaveLength(1);
  });

  it('does not welcome again when the app is upgraded', async () => {
    await post(baseActivity({ id: PERSONAL_CHAT, conversationType: 'personal' }, { type: 'installationUpdate', action: 'add-upgrade' }));

    expect(channel.activities).toEqual([]);
  });

  it('welcomes on a conversationUpdate adding the bot in channels without installation events', async () => {
    const activity = baseActivity({ id: 'webchat-conversation' }, { type: 'conversationUpdate', channelId: 'webchat', membersAdded: [SAM, BOT] });

    await post(activity);

    expect(channel.activities).toHaveLength(1);
    expect(cardText(onlyCardOf(channel.activities[0]))).toContain('welcome to the Digital Culture Hub');
  });

  it('stays quiet when someone else joins a team it is already in', async () => {
    const newcomer = { id: '29:new-colleague', name: 'Alex Morgan' };

    await post(teamActivity(TEAM_ID, { type: 'conversationUpdate', membersAdded: [newcomer] }));

    expect(channel.activities).toEqual([]);
  });

  it('forgets the conversation when the bot is uninstalled', async () => {
    const conversation = { id: 'a:1short-lived', conversationType: 'personal' };
    await post(baseActivity(conversation, { type: 'message', text: 'help' }));
    expect(await storedConversation('a:1short-lived')).toBeDefined();
    channel.clear();

    await post(baseActivity(conversation, { type: 'installationUpdate', action: 'remove' }));

    expect(await storedConversation('a:1short-lived')).toBeUndefined();
    expect(channel.activities).toEqual([]);
  });
});

describe('POST /api/messages: when something fails', () => {
  it('apologises in plain words and logs the error when the turn fails (the channel refuses the reply)', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const failing = await startBot({ config: loadConfig({}).bot, db: database.db, logger });
    try {
      // A 400 is not retried by the connector client, so the turn fails at once.
      channel.failNext(400);

      const response = await post(personalMessage('help'), failing.url);

      expect(response.status).toBe(200);
      expect(channel.activities).toHaveLength(1);
      expect(channel.activities[0]!.text).toBe(APOLOGY);
      expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'the bot failed to handle an activity' }));
    } finally {
      await failing.close();
    }
  });

  it('still answers when the directory cannot be asked, and logs why nothing was remembered', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const directoryDown = await startBot({
      config: loadConfig({}).bot,
      db: database.db,
      logger,
      findPersonByEntraObjectId: () => Promise.reject(new Error('directory unavailable')),
    });
    try {
      await post(baseActivity({ id: 'a:1directory-down', conversationType: 'personal' }, { type: 'message', text: 'help' }), directoryDown.url);

      expect(channel.activities).toHaveLength(1);
      expect(await storedConversation('a:1directory-down')).toBeUndefined();
      expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'could not save the bot conversation reference' }));
    } finally {
      await directoryDown.close();
    }
  });
});

describe('POST /api/messages with a Bot Framework app id configured', () => {
  let secured: RunningBot;

  beforeAll(async () => {
    secured = await startBot({
      config: { appId: '5a1c7e20-9b3d-4f68-8e2a-c4d6b8f0a1e3', appPassword: 'not-a-real-secret', appType: 'SingleTenant', tenantId: TENANT_ID },
      db: database.db,
    });
  });

  afterAll(async () => {
    await secured.close();
  });

  it('returns 401 for an activity without an Authorization header, and nothing reaches the channel', async () => {
    // botbuilder reports the rejection on the console itself; the status code is the contract.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await post(personalMessage('help', { conversation: { id: 'a:1unauthenticated', conversationType: 'personal' } }), secured.url);

      expect(response.status).toBe(401);
    } finally {
      consoleError.mockRestore();
    }
    expect(channel.requests).toEqual([]);
    expect(channel.unexpected).toEqual([]);
    expect(await storedConversation('a:1unauthenticated')).toBeUndefined();
  });

  it('returns 401 for a bearer token that the Bot Framework did not issue', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await post(personalMessage('help'), secured.url, { authorization: 'Bearer not.a.token' });

      expect(response.status).toBe(401);
    } finally {
      consoleError.mockRestore();
    }
    expect(channel.requests).toEqual([]);
  });
});
