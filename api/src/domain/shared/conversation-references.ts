/**
 * Where the bot can reach people and teams later (proactive messages: invitations,
 * reminders, help-request offers). Stored on every activity the bot receives.
 */
export interface StoredConversation {
  conversationId: string;
  /** The person this personal chat belongs to, when the bot knows them. */
  personId: string | null;
  scope: 'personal' | 'team' | 'groupChat';
  tenantId: string | null;
  teamId: string | null;
  channelId: string | null;
  /** For a team channel: the names Teams gave with the latest activity that carried them. */
  teamName: string | null;
  channelName: string | null;
  serviceUrl: string;
  /** The Bot Framework ConversationReference, kept whole as the channel gave it. */
  reference: Record<string, unknown>;
}

export interface TeamChannel {
  conversationId: string;
  teamName: string | null;
  channelName: string | null;
  lastHeardAt: Date;
}

export interface ConversationReferenceStore {
  save(conversation: StoredConversation): Promise<void>;
  find(conversationId: string): Promise<StoredConversation | undefined>;
  findPersonal(personId: string): Promise<StoredConversation | undefined>;
  findTeam(teamId: string): Promise<StoredConversation | undefined>;
  /** Every team channel the bot can post to, most recently heard from first. */
  listTeamChannels(): Promise<TeamChannel[]>;
  remove(conversationId: string): Promise<void>;
}
