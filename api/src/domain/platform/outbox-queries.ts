import type { OutboxPage } from '../../contracts/platform.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';

export interface OutboxReader {
  list(page: { limit: number; offset: number }): Promise<OutboxPage>;
}

/** Local mode's record of every Microsoft Graph call the product would have made. */
export async function listOutbox(reader: OutboxReader, actor: Actor, page: { limit: number; offset: number }): Promise<OutboxPage> {
  requireAnyRole(actor, ['admin'], 'see the Microsoft 365 outbox');
  return reader.list(page);
}
