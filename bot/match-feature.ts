import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { MyMatch } from '../api/src/contracts/matching.js';
import { declineMatch } from '../api/src/domain/champions/matching/decline-match.js';
import type { MatchingDeps } from '../api/src/domain/champions/matching/matching-deps.js';
import type { DirectoryRepository } from '../api/src/domain/directory/directory-repository.js';
import { resolveActor } from '../api/src/domain/directory/resolve-actor.js';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { AppError } from '../api/src/domain/shared/app-error.js';
import { tabPageDeepLink } from './audit-tab-links.js';
import { cardInvokeResponse, type BotFeature } from './bot-feature.js';
import { buildMatchProblemCard, buildYouDeclinedCard, type MatchTabLinks } from './cards/match-declined-cards.js';
import { MATCH_DECLINE } from './cards/match-made-cards.js';

/** The matching use cases the bot calls: the same ones, with the same deps, as the HTTP routes. */
export interface MatchBotUseCases {
  actorFor(entraObjectId: string): Promise<Actor>;
  declineMatch(actor: Actor, matchId: string): Promise<MyMatch>;
}

export function bindMatchUseCases(deps: MatchingDeps, directory: DirectoryRepository): MatchBotUseCases {
  return {
    actorFor: (entraObjectId) => resolveActor(directory, { entraObjectId }),
    declineMatch: (actor, matchId) => declineMatch(deps, actor, matchId),
  };
}

export function matchTabLinks(teamsAppId: string): MatchTabLinks {
  return { myChampion: tabPageDeepLink(teamsAppId, '/my-champion') };
}

export const MATCH_NOT_IN_DIRECTORY = 'I can’t find you in the council’s staff directory, so I can’t decline this match for you.';
const OLD_BUTTON = 'This button does not say which match it is for. Decline the match on the My champion page instead.';

const DeclineData = z.object({ matchId: z.uuid() });

async function actorOf(useCases: MatchBotUseCases, activity: Activity): Promise<Actor | undefined> {
  const objectId = z.guid().safeParse(activity.from?.aadObjectId);
  return objectId.success ? useCases.actorFor(objectId.data) : undefined;
}

/** The match cards' Decline button: declines through the use case and shows what happened in place of the card. */
export function createMatchFeature(deps: { useCases: MatchBotUseCases; logger: Logger; links?: MatchTabLinks | undefined }): BotFeature {
  const { useCases, logger, links } = deps;
  return {
    async onCardAction(context: TurnContext, verb: string, data: unknown) {
      if (verb !== MATCH_DECLINE) return undefined;
      const decline = DeclineData.safeParse(data);
      if (!decline.success) return cardInvokeResponse(buildMatchProblemCard(OLD_BUTTON, links));
      try {
        const actor = await actorOf(useCases, context.activity);
        if (!actor) return cardInvokeResponse(buildMatchProblemCard(MATCH_NOT_IN_DIRECTORY, links));
        const match = await useCases.declineMatch(actor, decline.data.matchId);
        const side = match.learner.id === actor.personId ? 'learner' : 'champion';
        const otherName = side === 'learner' ? match.champion.displayName : match.learner.displayName;
        return cardInvokeResponse(buildYouDeclinedCard({ otherName, side, links }));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        logger.info({ code: error.code, matchId: decline.data.matchId }, error.message);
        return cardInvokeResponse(buildMatchProblemCard(error.message, links));
      }
    },
  };
}
