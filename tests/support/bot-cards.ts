import { expect } from '@jest/globals';
import { findCardProblems } from '../../bot/cards/card-problems.js';
import type { ChannelRequest, LocalChannel } from './local-channel.js';

/** Reading the Adaptive Cards the bot sent to the local channel. */

export const CARD = 'application/vnd.microsoft.card.adaptive';

export type Card = Record<string, unknown>;

export function cardOf(request: ChannelRequest | undefined): Card {
  expect(request?.activity.attachments).toHaveLength(1);
  const attachment = request!.activity.attachments![0]!;
  expect(attachment.contentType).toBe(CARD);
  return attachment.content;
}

/** What the card's body shows, without its buttons. */
export function bodyTextOf(card: Card): string {
  return JSON.stringify(card.body);
}

/** What the card shows and says, for looking for words in it. */
export function textOf(card: Card): string {
  return JSON.stringify([card.body, card.actions ?? []]);
}

export function actionsOf(card: Card): Array<{ type: string; title: string; verb?: string; url?: string; data?: Record<string, unknown> }> {
  return (card.actions ?? []) as Array<{ type: string; title: string; verb?: string; url?: string; data?: Record<string, unknown> }>;
}

/**
 * After each test: every card the bot sent or updated must be one Teams renders and screen
 * readers can read, and the channel must have had no call it did not expect.
 */
export function expectWellFormedCardsAndClear(channel: LocalChannel): void {
  for (const request of channel.requests) {
    for (const attachment of request.activity.attachments ?? []) expect(findCardProblems(attachment.content)).toEqual([]);
  }
  expect(channel.unexpected).toEqual([]);
  channel.clear();
}

export function inputsOf(node: unknown): Array<{ id: string; type: string; label: string; value?: unknown }> {
  if (Array.isArray(node)) return node.flatMap(inputsOf);
  if (typeof node !== 'object' || node === null) return [];
  const element = node as Record<string, unknown>;
  const own = typeof element.type === 'string' && element.type.startsWith('Input.') ? [element as unknown as { id: string; type: string; label: string }] : [];
  return [...own, ...inputsOf(element.body), ...inputsOf(element.items), ...inputsOf(element.columns)];
}
