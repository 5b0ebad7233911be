import { createConversationReferenceRepository } from '../../api/src/db/conversation-reference-repository.js';
import type { Db } from '../../api/src/db/database.js';

/** A team channel as the bot remembers one once it has been added there, with the names Teams gave. */
export async function buildTeamChannel(db: Db, conversationId: string, names: { teamName: string; channelName: string | null }): Promise<void> {
  await createConversationReferenceRepository(db).save({
    conversationId,
    personId: null,
    scope: 'team',
    tenantId: 'tenant-1',
    teamId: conversationId,
    channelId: conversationId,
    ...names,
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    reference: { conversation: { id: conversationId } },
  });
}
