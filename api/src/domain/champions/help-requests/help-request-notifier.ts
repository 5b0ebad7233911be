import type { PersonRef } from '../../../contracts/champions.js';
import type { HelpRequest } from '../../../contracts/help-requests.js';

/**
 * What the bot must say when a help request changes. The use cases decide and commit; then
 * they tell the notifier, which sends the new card to whoever it concerns and brings every
 * card already shown for the request up to date ("taken by Priya"). A failure to notify
 * never undoes a committed change: the notifier logs it, and the tab shows the truth.
 *
 * `request` is the request as the system sees it: `chatUrl` is null there; the chat links
 * for each side are given separately.
 */
export interface HelpRequestChats {
  /** A Teams chat with the requester, for the champion. */
  withRequester: string;
  /** A Teams chat with the claiming champion, for the requester (null until claimed). */
  withChampion: string | null;
}

export type HelpRequestEvent =
  | { kind: 'offered'; request: HelpRequest; chats: HelpRequestChats; champion: PersonRef }
  | { kind: 'open-to-all'; request: HelpRequest; chats: HelpRequestChats }
  | { kind: 'claimed'; request: HelpRequest; chats: HelpRequestChats }
  | { kind: 'resolved'; request: HelpRequest; chats: HelpRequestChats }
  | { kind: 'rated'; request: HelpRequest; chats: HelpRequestChats }
  | { kind: 'cancelled'; request: HelpRequest; chats: HelpRequestChats };

export interface HelpRequestNotifier {
  notify(event: HelpRequestEvent): Promise<void>;
}

/** For servers without a bot to speak through, and for tests of the rules alone. */
export const silentHelpRequestNotifier: HelpRequestNotifier = { notify: async () => undefined };
