import { HelpRequestSettings, type TeamChannelChoices } from '../../../contracts/help-requests.js';
import { requireAnyRole, type Actor } from '../../shared/actor.js';
import type { FieldError } from '../../shared/app-error.js';
import type { ConversationReferenceStore } from '../../shared/conversation-references.js';
import { changeSettings, readSettings, type SettingsDeps, type SettingsStore } from '../../shared/settings.js';

/** Where the escalation settings are kept (DEFAULT_HELP_REQUEST_SETTINGS until someone saves them). */
export type HelpRequestSettingsStore = SettingsStore<HelpRequestSettings>;
export type HelpRequestSettingsDeps = SettingsDeps<HelpRequestSettings> & {
  /** The team channels the bot has been added to: the champions' channel is one of them. */
  channels: Pick<ConversationReferenceStore, 'listTeamChannels'>;
};

/** The digital team runs the champions programme; administrators look after every setting. */
const POLICY = {
  schema: HelpRequestSettings,
  who: ['digital', 'admin'],
  resource: 'help-request-settings',
  name: 'the help request settings',
} as const;

export async function getHelpRequestSettings(deps: Pick<HelpRequestSettingsDeps, 'settings'>, actor: Actor): Promise<HelpRequestSettings> {
  return readSettings(POLICY, deps, actor);
}

export async function updateHelpRequestSettings(deps: HelpRequestSettingsDeps, actor: Actor, body: unknown): Promise<HelpRequestSettings> {
  return changeSettings(POLICY, deps, actor, body, async ({ championsChannelConversationId: chosen }): Promise<FieldError[]> => {
    if (chosen === null) return [];
    const known = await deps.channels.listTeamChannels();
    if (known.some((channel) => channel.conversationId === chosen)) return [];
    return [{ field: 'body.championsChannelConversationId', message: 'is not a Teams channel the app has been added to' }];
  });
}

/** The channels the champions' channel can be, for the settings page. */
export async function listTeamChannelChoices(deps: Pick<HelpRequestSettingsDeps, 'channels'>, actor: Actor): Promise<TeamChannelChoices> {
  requireAnyRole(actor, POLICY.who, 'see the Teams channels the app is in');
  const channels = await deps.channels.listTeamChannels();
  return { channels: channels.map((channel) => ({ ...channel, lastHeardAt: channel.lastHeardAt.toISOString() })) };
}
