import { randomUUID } from 'node:crypto';
import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import type { Db } from '../../api/src/db/database.js';
import { buildPerson } from './people.js';

let counter = 0;

/** A new service of its own, so a campaign can invite exactly the people a test made. */
export async function buildService(db: Db, name = `Test service ${++counter} ${Date.now()}`): Promise<string> {
  const row = await db.insertInto('services').values({ name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface CampaignPerson {
  id: string;
  entraObjectId: string | null;
  /** The personal chat the bot has with them; null when the bot has never heard from them. */
  conversationId: string | null;
}

/**
 * `count` active people in the service. With `serviceUrl`, each has a personal chat with
 * the bot stored, as if they had opened the app, pointing at that (local) channel.
 */
export async function buildCampaignPeople(
  db: Db,
  serviceId: string,
  count: number,
  options: { serviceUrl?: string; withEntraAccount?: boolean } = {},
): Promise<CampaignPerson[]> {
  const conversations = createConversationReferenceRepository(db);
  const people: CampaignPerson[] = [];
  for (let index = 0; index < count; index += 1) {
    const entraObjectId = options.withEntraAccount === false ? null : randomUUID();
    const id = await buildPerson(db, { serviceId, entraObjectId });
    let conversationId: string | null = null;
    if (options.serviceUrl) {
      conversationId = `a:1campaign-chat-${id}`;
      await conversations.save({
        conversationId,
        personId: id,
        scope: 'personal',
        tenantId: 'tenant-1',
        teamId: null,
        channelId: null,
        teamName: null,
        channelName: null,
        serviceUrl: options.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: options.serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
          bot: { id: '28:digital-culture-hub', name: 'Digital Culture Hub' },
          user: { id: `29:${id}`, aadObjectId: entraObjectId ?? undefined },
        },
      });
    }
    people.push({ id, entraObjectId, conversationId });
  }
  return people;
}

/** Marks the person's response to the campaign submitted (or a draft), straight in the database. */
export async function recordResponse(db: Db, campaignId: string, personId: string, status: 'draft' | 'submitted'): Promise<void> {
  const campaign = await db.selectFrom('audit_campaigns').select('framework_version_id').where('id', '=', campaignId).executeTakeFirstOrThrow();
  await db
    .insertInto('audit_responses')
    .values({
      campaign_id: campaignId,
      person_id: personId,
      framework_version_id: campaign.framework_version_id,
      status,
      submitted_at: status === 'submitted' ? new Date() : null,
      summary: status === 'submitted' ? JSON.stringify({}) : null,
    })
    .execute();
}
