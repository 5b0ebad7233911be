import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import type { Db } from '../../api/src/db/database.js';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import { buildPerson } from '../factories/people.js';
import { actionsOf, CARD, cardOf, inputsOf, type Card } from './bot-cards.js';
import type { ChannelRequest, LocalChannel } from './local-channel.js';

export * from './bot-cards.js';

/**
 * Several people talking to the real bot through POST /api/messages, as Teams would send
 * their messages and button presses, with the Teams connector played by a local channel.
 */

export const TENANT_ID = '8d5e3c1a-0f7b-4a62-9e14-3b2c7d9f0a51';
export const BOT = { id: '28:digital-culture-hub', name: 'Digital Culture Hub' };

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  personId: string;
  email: string;
  /** Their personal chat with the bot. */
  conversationId: string;
}

/** A team channel the bot is installed in. */
export interface TeamChannel {
  conversationId: string;
  teamId: string;
}

export interface InvokeAnswer {
  status: number;
  /** The invoke response's own status code, in its body. */
  statusCode: number;
  type: string;
  card: Card;
}

let counter = 0;

export function createBotChat(deps: { baseUrl: string; db: Db; channel: LocalChannel }) {
  const { channel, db } = deps;

  function activityFrom(user: TeamsUser, overrides: Record<string, unknown>, team?: TeamChannel): Record<string, unknown> {
    counter += 1;
    const where = team
      ? {
          conversation: { id: `${team.conversationId};messageid=${counter}`, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
          channelData: { tenant: { id: TENANT_ID }, team: { id: team.teamId }, channel: { id: team.conversationId } },
        }
      : { conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID }, channelData: { tenant: { id: TENANT_ID } } };
    return {
      type: 'message',
      id: `incoming-${counter}`,
      channelId: 'msteams',
      serviceUrl: channel.serviceUrl,
      timestamp: new Date().toISOString(),
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: BOT,
      ...where,
      ...overrides,
    };
  }

  async function post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown; sent: ChannelRequest[] }> {
    const before = channel.requests.length;
    const response = await fetch(`${deps.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, sent: channel.requests.slice(before) };
  }

  /** Posts an activity from `user` and expects Teams' 200; returns what the bot sent to the channel for it. */
  async function send(user: TeamsUser, fields: Record<string, unknown>, team?: TeamChannel): Promise<ChannelRequest[]> {
    const { status, sent } = await post(activityFrom(user, fields, team));
    expect(status).toBe(200);
    return sent;
  }

  /** A directory person as a Teams user; the bot knows their personal chat only once they write in it. */
  async function teamsUserFor(personId: string): Promise<TeamsUser> {
    const row = await db.selectFrom('people').select(['display_name', 'entra_object_id', 'email']).where('id', '=', personId).executeTakeFirstOrThrow();
    return {
      id: `29:${personId}`,
      name: row.display_name,
      aadObjectId: row.entra_object_id!,
      personId,
      email: row.email,
      conversationId: `a:1chat-with-${personId}`,
    };
  }

  async function execute(
    user: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    options: { replyToId?: string; team?: TeamChannel } = {},
  ): Promise<InvokeAnswer & { sent: ChannelRequest[] }> {
    const activity = activityFrom(
      user,
      { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } }, ...(options.replyToId ? { replyToId: options.replyToId } : {}) },
      options.team,
    );
    const { status, body, sent } = await post(activity);
    const answer = body as { statusCode: number; type: string; value: Card };
    return { status, statusCode: answer.statusCode, type: answer.type, card: answer.value, sent };
  }

  return {
    teamsUserFor,

    /** Someone new in the directory, with an Entra object id so that the bot knows them; their chat is not remembered yet. */
    async newColleague(displayName: string): Promise<TeamsUser> {
      return teamsUserFor(await buildPerson(db, { displayName, entraObjectId: randomUUID() }));
    },

    /** A directory person as a Teams user, with their personal chat with the bot remembered (as if they had opened the app). */
    async userFor(personId: string): Promise<TeamsUser> {
      const user = await teamsUserFor(personId);
      await createConversationReferenceRepository(db).save({
        conversationId: user.conversationId,
        personId,
        scope: 'personal',
        tenantId: TENANT_ID,
        teamId: null,
        channelId: null,
        teamName: null,
        channelName: null,
        serviceUrl: channel.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: channel.serviceUrl,
          conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT_ID },
          bot: BOT,
          user: { id: user.id, aadObjectId: user.aadObjectId },
        },
      });
      return user;
    },

    /** A team channel the bot was installed in, remembered as the bot remembers one. */
    async teamChannel(name: string): Promise<TeamChannel> {
      const team = { conversationId: `19:${name}@thread.tacv2`, teamId: `19:${name}@thread.tacv2` };
      await createConversationReferenceRepository(db).save({
        conversationId: team.conversationId,
        personId: null,
        scope: 'team',
        tenantId: TENANT_ID,
        teamId: team.teamId,
        channelId: team.conversationId,
        teamName: name,
        channelName: 'General',
        serviceUrl: channel.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: channel.serviceUrl,
          conversation: { id: team.conversationId, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
          bot: BOT,
        },
      });
      return team;
    },

    send,

    /** Types a message to the bot, in their personal chat or in `team`'s channel. */
    say(user: TeamsUser, text: string, team?: TeamChannel): Promise<ChannelRequest[]> {
      return send(user, { text }, team);
    },

    /**
     * Presses an Action.Submit button on a card the bot sent, as Teams does: the button's data
     * with every input's value merged in (what the card filled in, unless `inputs` changes it).
     */
    async submit(user: TeamsUser, cardRequest: ChannelRequest, title: string, inputs: Record<string, string> = {}): Promise<ChannelRequest[]> {
      const card = cardOf(cardRequest);
      const action = actionsOf(card).find((candidate) => candidate.title === title);
      expect(action?.type).toBe('Action.Submit');
      const filledIn = Object.fromEntries(inputsOf(card.body).map((input) => [input.id, input.value === undefined ? '' : String(input.value)]));
      const value = { ...filledIn, ...inputs, ...action!.data };
      const { status, sent } = await post(activityFrom(user, { value, replyToId: cardRequest.assignedId }));
      expect(status).toBe(200);
      return sent;
    },

    /** An Action.Execute press (or a refresh): the bot's answer is the HTTP response to the invoke. */
    execute,

    /**
     * Presses the Action.Execute button titled `title` on `card`, as Teams does, and expects a
     * well-formed card back: the one that replaces the pressed card.
     */
    async press(user: TeamsUser, card: Card, title: string): Promise<Card> {
      const action = actionsOf(card).find((candidate) => candidate.title === title);
      expect(action?.type).toBe('Action.Execute');
      const answer = await execute(user, action!.verb!, action!.data ?? {});
      expect(answer).toMatchObject({ status: 200, statusCode: 200, type: CARD });
      expect(findCardProblems(answer.card)).toEqual([]);
      return answer.card;
    },
  };
}

export type BotChat = ReturnType<typeof createBotChat>;
