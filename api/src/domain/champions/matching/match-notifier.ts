import type { Match } from '../../../contracts/matching.js';

/**
 * What the bot must say about matches. The use cases decide and commit; then they tell the
 * notifier, which sends each side a card with a Teams chat link to the other (and a button
 * to decline). A failure to tell someone never undoes a committed match: the notifier logs
 * it and never throws, and the tab shows the truth.
 */
export interface MatchNotice {
  match: Match;
  /** For the learner: a Teams chat with their champion. */
  learnerChatUrl: string;
  /** For the champion: a Teams chat with their learner. */
  championChatUrl: string;
}

export interface MatchDeclinedNotice extends MatchNotice {
  /** Who declined: the other side is the one told. */
  by: 'learner' | 'champion';
}

export interface MatchNotifier {
  matched(notices: readonly MatchNotice[]): Promise<void>;
  declined(notice: MatchDeclinedNotice): Promise<void>;
}

/** For servers without a bot to speak through, and for tests of the rules alone. */
export const silentMatchNotifier: MatchNotifier = { matched: async () => undefined, declined: async () => undefined };
