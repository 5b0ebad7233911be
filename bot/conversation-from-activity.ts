import { TurnContext, type Activity } from 'botbuilder';
import type { StoredConversation } from '../api/src/domain/shared/conversation-references.js';

export type ConversationScope = StoredConversation['scope'];

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  tenant?: { id?: string };
}

function channelDataOf(activity: Partial<Activity>): TeamsChannelData {
  const data: unknown = activity.channelData;
  return typeof data === 'object' && data !== null ? (data as TeamsChannelData) : {};
}

/**
 * Teams calls a team channel conversation "channel"; other channels (the Agents
 * Playground's emulator mode, Web Chat) leave the type out, which is a one-to-one chat.
 */
export function scopeOf(activity: Partial<Activity>): ConversationScope {
  switch (activity.conversation?.conversationType) {
    case 'channel':
      return 'team';
    case 'groupChat':
      return 'groupChat';
    case 'personal':
      return 'personal';
    default:
      return channelDataOf(activity).team?.id ? 'team' : 'personal';
  }
}

/**
 * A reply in a channel thread arrives as "<channel id>;messageid=<post id>". The hub
 * keeps one row per channel, addressed to the channel itself, so that a later
 * proactive post starts a new thread instead of landing in an old one.
 */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0] ?? conversationId;
}

/**
 * Teams sends the names on some activities only. A team's General channel has the team's
 * own id and comes without a name of its own.
 */
function channelNames(scope: ConversationScope, channelData: TeamsChannelData): { teamName: string | null; channelName: string | null } {
  if (scope !== 'team') return { teamName: null, channelName: null };
  const isGeneral = channelData.channel?.id !== undefined && channelData.channel.id === channelData.team?.id;
  return { teamName: channelData.team?.name ?? null, channelName: channelData.channel?.name ?? (isGeneral ? 'General' : null) };
}

/**
 * What to remember about the conversation an activity came from, so that the hub can
 * message it later. `personId` is filled in by the caller, who can ask the directory.
 */
export function conversationFromActivity(activity: Activity, personId: string | null): StoredConversation {
  const scope = scopeOf(activity);
  const channelData = channelDataOf(activity);
  const conversationId =
    scope === 'team' ? channelConversationId(activity.conversation.id) : activity.conversation.id;
  const reference = TurnContext.getConversationReference(activity);
  // A ConversationReference names the activity it came from; proactive messages must not
  // reply to that activity, so the stored copy keeps only where to send, not what to answer.
  const stored: Record<string, unknown> = JSON.parse(
    JSON.stringify({ ...reference, activityId: undefined, conversation: { ...reference.conversation, id: conversationId } }),
  );
  return {
    conversationId,
    personId: scope === 'personal' ? personId : null,
    scope,
    tenantId: activity.conversation.tenantId ?? channelData.tenant?.id ?? null,
    teamId: scope === 'team' ? (channelData.team?.id ?? null) : null,
    channelId: scope === 'team' ? (channelData.channel?.id ?? conversationId) : null,
    ...channelNames(scope, channelData),
    serviceUrl: activity.serviceUrl,
    reference: stored,
  };
}
