import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import type { Db } from '../../api/src/db/database.js';

let counter = 0;

export interface DropInOverrides {
  title?: string;
  description?: string;
  startsAt?: Date;
  /** Defaults to an hour after the start. */
  endsAt?: Date;
  format?: 'in-person' | 'online';
  siteId?: string | null;
  place?: string;
  capacity?: number;
  categoryKeys?: string[];
  meetingJoinUrl?: string | null;
  status?: 'scheduled' | 'cancelled';
}

/** A drop-in session hosted by `hostId`, straight in the database; tomorrow at 10:00 UTC unless told otherwise. */
export async function buildDropIn(db: Db, hostId: string, overrides: DropInOverrides = {}): Promise<string> {
  counter += 1;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 24 * 60 * 60 * 1000);
  const format = overrides.format ?? 'in-person';
  const row = await db
    .insertInto('drop_in_sessions')
    .values({
      host_id: hostId,
      title: overrides.title ?? `Test drop-in ${counter}`,
      description: overrides.description ?? 'Bring your questions.',
      starts_at: startsAt,
      ends_at: overrides.endsAt ?? new Date(startsAt.getTime() + 60 * 60 * 1000),
      format,
      site_id: overrides.siteId ?? null,
      place: overrides.place ?? (format === 'in-person' ? 'Room 1' : ''),
      capacity: overrides.capacity ?? 10,
      category_keys: overrides.categoryKeys ?? [],
      meeting_join_url: overrides.meetingJoinUrl ?? null,
      meeting_id: overrides.meetingJoinUrl ? `meeting-${counter}` : null,
      status: overrides.status ?? 'scheduled',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Books a place for `personId` straight in the database. */
export async function buildRegistration(db: Db, sessionId: string, personId: string): Promise<void> {
  await db.insertInto('drop_in_registrations').values({ session_id: sessionId, person_id: personId, registered_at: new Date() }).execute();
}

/** A personal chat between the bot and the person, pointing at a (local) channel, as if they had opened the app. */
export async function buildPersonalChat(db: Db, personId: string, serviceUrl: string): Promise<string> {
  const conversationId = `a:1drop-in-chat-${personId}`;
  await createConversationReferenceRepository(db).save({
    conversationId,
    personId,
    scope: 'personal',
    tenantId: 'tenant-1',
    teamId: null,
    channelId: null,
    teamName: null,
    channelName: null,
    serviceUrl,
    reference: {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
      bot: { id: '28:digital-culture-hub', name: 'Digital Culture Hub' },
      user: { id: `29:${personId}` },
    },
  });
  return conversationId;
}
