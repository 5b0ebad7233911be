import type { Logger } from 'pino';
import type { ChampionNotice, ChampionNotifier } from '../api/src/domain/champions/lifecycle/champion-deps.js';
import type { CardSender } from './card-sender.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import type { ChampionTabLinks } from './cards/champion-answer-cards.js';
import { buildChampionInvitationCard } from './cards/champion-invitation-card.js';
import { buildChampionNoticeCard } from './cards/champion-notice-card.js';

export interface ChampionNotifierDependencies {
  cardSender: CardSender;
  logger: Logger;
  links?: ChampionTabLinks | undefined;
}

function cardFor(notice: ChampionNotice, links: ChampionTabLinks | undefined): AdaptiveCard | undefined {
  switch (notice.move) {
    case 'invite':
      return buildChampionInvitationCard({
        personId: notice.person.id,
        displayName: notice.person.displayName,
        invitedBy: notice.by.displayName,
        note: notice.note,
        aboutUrl: links?.champions,
      });
    case 'approve':
    case 'decline':
    case 'pause':
    case 'resume':
    case 'step-down':
      return buildChampionNoticeCard({ move: notice.move, by: notice.by.displayName, note: notice.note, links });
    default:
      // The person made the move themselves (volunteering, answering an invitation): nothing to tell them.
      return undefined;
  }
}

/**
 * Tells people, in their personal chat with the bot, what the digital team changed on their
 * champion record. The change is already saved; a message that cannot be delivered is
 * logged and reported as not told, so the digital team can tell them another way.
 */
export function createChampionNotifier(deps: ChampionNotifierDependencies): ChampionNotifier {
  return {
    async notify(notice) {
      const card = cardFor(notice, deps.links);
      if (!card) return false;
      try {
        const sent = await deps.cardSender.toPerson(notice.person.id, card);
        if (!sent) deps.logger.info({ personId: notice.person.id, move: notice.move }, 'no personal chat with the bot to tell the person about their champion record');
        return sent !== undefined;
      } catch (error) {
        deps.logger.warn({ err: error, personId: notice.person.id, move: notice.move }, 'could not tell the person about their champion record');
        return false;
      }
    },
  };
}
