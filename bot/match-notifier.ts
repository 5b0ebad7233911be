import type { Logger } from 'pino';
import type { MatchNotice, MatchNotifier } from '../api/src/domain/champions/matching/match-notifier.js';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import { buildMatchDeclinedNoticeCard, type MatchTabLinks } from './cards/match-declined-cards.js';
import { buildChampionMatchCard, buildLearnerMatchCard } from './cards/match-made-cards.js';

export interface MatchNotifierDependencies {
  cardSender: CardSender;
  logger: Logger;
  links?: MatchTabLinks | undefined;
}

/** Cards on their way at once: a run of hundreds of matches goes out steadily, not all at once. */
const SENDING_AT_ONCE = 4;

/**
 * Tells both sides of each new match, in their personal chat with the bot, with a chat link
 * to the other and a Decline button; and tells the other side when one declines. The
 * matches are already saved: a card that cannot be delivered is logged, never thrown, and
 * the tab shows the match all the same. A run's cards go out after the run has answered,
 * so the digital team does not wait for hundreds of messages.
 */
export function createMatchNotifier(deps: MatchNotifierDependencies): MatchNotifier {
  const { cardSender, logger } = deps;

  async function tell(personId: string, card: AdaptiveCard, about: Record<string, unknown>): Promise<void> {
    try {
      const sent = await cardSender.toPerson(personId, card);
      if (!sent) logger.info({ personId, ...about }, 'no personal chat with the bot to tell the person about their match');
    } catch (error) {
      logger.warn({ err: error, personId, ...about }, 'could not tell the person about their match');
    }
  }

  async function tellBothSides(notice: MatchNotice): Promise<void> {
    const { match } = notice;
    const about = { matchId: match.id };
    await tell(match.learner.id, buildLearnerMatchCard({ matchId: match.id, otherName: match.champion.displayName, explanation: match.explanation, chatUrl: notice.learnerChatUrl }), about);
    await tell(match.champion.id, buildChampionMatchCard({ matchId: match.id, otherName: match.learner.displayName, explanation: match.explanation, chatUrl: notice.championChatUrl }), about);
  }

  async function deliver(notices: readonly MatchNotice[]): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < notices.length) await tellBothSides(notices[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(SENDING_AT_ONCE, notices.length) }, worker));
  }

  return {
    async matched(notices) {
      void deliver(notices).catch((error: unknown) => logger.error({ err: error }, 'match cards stopped going out'));
    },

    async declined(notice) {
      const { match, by } = notice;
      const told = by === 'learner' ? match.champion : match.learner;
      const declinedBy = by === 'learner' ? match.learner.displayName : match.champion.displayName;
      const card = buildMatchDeclinedNoticeCard({ declinedBy, toldSide: by === 'learner' ? 'champion' : 'learner', links: deps.links });
      await tell(told.id, card, { matchId: match.id, declinedBy: by });
    },
  };
}
