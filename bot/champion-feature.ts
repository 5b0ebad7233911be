import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { AppError } from '../api/src/domain/shared/app-error.js';
import { cardInvokeResponse, type BotFeature } from './bot-feature.js';
import { cardMessage } from './card-message.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import {
  buildChampionProblemCard,
  buildInvitationAcceptedCard,
  buildInvitationDeclinedCard,
  buildVolunteeredCard,
  type ChampionTabLinks,
} from './cards/champion-answer-cards.js';
import { CHAMPION_INVITATION_ACCEPT, CHAMPION_INVITATION_DECLINE } from './cards/champion-invitation-card.js';
import type { ChampionBotUseCases } from './champion-use-cases.js';
import { VOLUNTEER_COMMAND } from './commands.js';
import { tabPageDeepLink } from './audit-tab-links.js';
import { scopeOf } from './conversation-from-activity.js';

export interface ChampionFeatureDependencies {
  useCases: ChampionBotUseCases;
  logger: Logger;
  links?: ChampionTabLinks | undefined;
}

export const VOLUNTEER_ONLY_IN_PERSONAL_CHAT = 'To volunteer as a Digital Champion, message me directly and type volunteer.';
export const NOT_IN_DIRECTORY =
  'I can’t find you in the council’s staff directory, so I can’t record this for you. Ask HR or an administrator to add you.';
export const INVITATION_FOR_SOMEONE_ELSE = 'This invitation was sent to someone else, so only they can answer it.';

const InvitationData = z.object({ personId: z.uuid() });

async function actorOf(useCases: ChampionBotUseCases, activity: Activity): Promise<Actor | undefined> {
  const objectId = z.guid().safeParse(activity.from?.aadObjectId);
  return objectId.success ? useCases.actorFor(objectId.data) : undefined;
}

/**
 * Becoming a Digital Champion in the chat: "volunteer" offers, and the invitation card's
 * Accept and No thanks answer it. Each calls the same use case as the tab.
 */
export function createChampionFeature(deps: ChampionFeatureDependencies): BotFeature {
  const { useCases, logger, links } = deps;

  /** Refusals people can act on become a card; anything else is the adapter's to report. */
  async function answerOrExplain(run: () => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      logger.info({ code: error.code }, error.message);
      return buildChampionProblemCard(error.message, links);
    }
  }

  return {
    async onMessage(context: TurnContext, command: string) {
      if (command !== VOLUNTEER_COMMAND.title) return false;
      if (scopeOf(context.activity) !== 'personal') {
        await context.sendActivity(VOLUNTEER_ONLY_IN_PERSONAL_CHAT);
        return true;
      }
      const card = await answerOrExplain(async () => {
        const actor = await actorOf(useCases, context.activity);
        if (!actor) return buildChampionProblemCard(NOT_IN_DIRECTORY);
        await useCases.volunteer(actor);
        return buildVolunteeredCard(links);
      });
      await context.sendActivity(cardMessage(card));
      return true;
    },

    async onCardAction(context: TurnContext, verb: string, data: unknown) {
      if (verb !== CHAMPION_INVITATION_ACCEPT && verb !== CHAMPION_INVITATION_DECLINE) return undefined;
      const card = await answerOrExplain(async () => {
        const invitation = InvitationData.safeParse(data);
        const actor = await actorOf(useCases, context.activity);
        if (!actor) return buildChampionProblemCard(NOT_IN_DIRECTORY);
        if (!invitation.success || invitation.data.personId !== actor.personId) return buildChampionProblemCard(INVITATION_FOR_SOMEONE_ELSE, links);
        const accept = verb === CHAMPION_INVITATION_ACCEPT;
        await useCases.respondToInvitation(actor, accept);
        return accept ? buildInvitationAcceptedCard(links) : buildInvitationDeclinedCard(links);
      });
      return cardInvokeResponse(card);
    },
  };
}

/** The tab pages the champion cards link to, as Teams deep links. */
export function championTabLinks(teamsAppId: string): ChampionTabLinks {
  return { champions: tabPageDeepLink(teamsAppId, '/champions'), profile: tabPageDeepLink(teamsAppId, '/champions/profile') };
}
