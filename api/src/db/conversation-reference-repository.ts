import type { ConversationReferenceStore, StoredConversation } from '../domain/shared/conversation-references.js';
import type { Db } from './database.js';
import type { ConversationReferencesTable } from './schema.js';
import type { Selectable } from 'kysely';

type ConversationRow = Selectable<ConversationReferencesTable>;

function toStoredConversation(row: ConversationRow): StoredConversation {
  return {
    conversationId: row.conversation_id,
    personId: row.person_id,
    scope: row.scope,
    tenantId: row.tenant_id,
    teamId: row.team_id,
    channelId: row.channel_id,
    teamName: row.team_name,
    channelName: row.channel_name,
    serviceUrl: row.service_url,
    reference: row.reference,
  };
}

export function createConversationReferenceRepository(db: Db): ConversationReferenceStore {
  return {
    async save(conversation) {
      const values = {
        conversation_id: conversation.conversationId,
        person_id: conversation.personId,
        scope: conversation.scope,
        tenant_id: conversation.tenantId,
        team_id: conversation.teamId,
        channel_id: conversation.channelId,
        team_name: conversation.teamName,
        channel_name: conversation.channelName,
        service_url: conversation.serviceUrl,
        reference: JSON.stringify(conversation.reference),
      };
      // Every activity refreshes the row: the channel may move a conversation to another
      // service URL, and the latest reference is the one proactive messages must use.
      await db
        .insertInto('conversation_references')
        .values({ ...values, updated_at: new Date() })
        .onConflict((conflict) =>
          conflict.column('conversation_id').doUpdateSet({
            // A later activity from someone the directory does not know yet must not
            // forget who the personal chat belongs to.
            person_id: (eb) => eb.fn.coalesce(eb.ref('excluded.person_id'), eb.ref('conversation_references.person_id')),
            scope: values.scope,
            tenant_id: values.tenant_id,
            team_id: values.team_id,
            channel_id: values.channel_id,
            // Teams names the team and channel on some activities only (installation, renames).
            team_name: (eb) => eb.fn.coalesce(eb.ref('excluded.team_name'), eb.ref('conversation_references.team_name')),
            channel_name: (eb) => eb.fn.coalesce(eb.ref('excluded.channel_name'), eb.ref('conversation_references.channel_name')),
            service_url: values.service_url,
            reference: values.reference,
            updated_at: new Date(),
          }),
        )
        .execute();
    },

    async find(conversationId) {
      const row = await db.selectFrom('conversation_references').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
      return row ? toStoredConversation(row) : undefined;
    },

    async findPersonal(personId) {
      const row = await db
        .selectFrom('conversation_references')
        .selectAll()
        .where('person_id', '=', personId)
        .where('scope', '=', 'personal')
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return row ? toStoredConversation(row) : undefined;
    },

    async findTeam(teamId) {
      // A team has one conversation per channel the bot has heard from; the team's own id
      // is also the id of its General channel, which is where team-wide posts belong.
      const row = await db
        .selectFrom('conversation_references')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('scope', '=', 'team')
        .orderBy((eb) => eb.case().when('channel_id', '=', teamId).then(0).else(1).end())
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return row ? toStoredConversation(row) : undefined;
    },

    async listTeamChannels() {
      const rows = await db
        .selectFrom('conversation_references')
        .select(['conversation_id', 'team_name', 'channel_name', 'updated_at'])
        .where('scope', '=', 'team')
        .orderBy('updated_at', 'desc')
        .orderBy('conversation_id')
        .execute();
      return rows.map((row) => ({ conversationId: row.conversation_id, teamName: row.team_name, channelName: row.channel_name, lastHeardAt: new Date(row.updated_at) }));
    },

    async remove(conversationId) {
      await db.deleteFrom('conversation_references').where('conversation_id', '=', conversationId).execute();
    },
  };
}
