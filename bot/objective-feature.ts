import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { AppError } from '../api/src/domain/shared/app-error.js';
import { cardInvokeResponse, type BotFeature } from './bot-feature.js';
import { cardMessage } from './card-message.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import { isObjectiveVerb, OBJECTIVE_VERBS, ObjectiveIdData, readObjectiveCardData, ReturnData, type ObjectiveVerb } from './cards/objective-card-data.js';
import type { ObjectiveTabLinks } from './cards/objective-card-parts.js';
import { buildObjectiveAgreedAnswerCard, buildObjectiveProblemCard, buildObjectiveReturnedAnswerCard, buildObjectiveReviewCard } from './cards/objective-cards.js';
import { buildMyObjectivesCard } from './cards/objective-list-card.js';
import { OBJECTIVES_COMMAND } from './commands.js';
import { scopeOf } from './conversation-from-activity.js';
import type { ObjectiveBotUseCases } from './objective-use-cases.js';

export interface ObjectiveFeatureDependencies {
  useCases: ObjectiveBotUseCases;
  logger: Logger;
  links?: ObjectiveTabLinks | undefined;
}

export const OBJECTIVES_ONLY_IN_PERSONAL_CHAT =
  'Your digital objectives are between you and your manager, so I only list them in a personal chat. Message me directly and type objectives.';
export const NOT_IN_DIRECTORY =
  'I can’t find you in the council’s staff directory, so I can’t show you objectives. Ask HR or an administrator to add you.';

const ASKING: ReadonlySet<string> = new Set([OBJECTIVES_COMMAND.title, 'my objectives', 'my objective', 'objective']);

const REFUSAL_TITLE: Record<ObjectiveVerb, string> = {
  [OBJECTIVE_VERBS.agree]: 'This objective could not be agreed',
  [OBJECTIVE_VERBS.return]: 'This objective could not be returned',
};

/**
 * Digital objectives in the chat: `objectives` lists the person's own for the open year,
 * and the line manager's review card answers Agree and Return in place. Each calls the same
 * use case as the tab, which decides who may do what.
 */
export function createObjectiveFeature(deps: ObjectiveFeatureDependencies): BotFeature {
  const { useCases, logger, links } = deps;

  async function actorOf(activity: Activity): Promise<Actor | undefined> {
    const objectId = z.guid().safeParse(activity.from?.aadObjectId);
    if (!objectId.success) return undefined;
    try {
      return await useCases.actorFor(objectId.data);
    } catch (error) {
      if (error instanceof AppError) return undefined;
      throw error;
    }
  }

  /** Refusals people can act on become a card, in the use case's words; anything else is the adapter's to report. */
  async function explained(title: string, objectiveId: string | undefined, run: () => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      logger.info({ code: error.code, objectiveId }, error.message);
      const problems = error.code === 'validation' && error.errors.length > 0 ? error.errors.map((fieldError) => fieldError.message) : [error.message];
      // Never link to an objective the person cannot see.
      return buildObjectiveProblemCard(problems, { title, objectiveId: error.code === 'not-found' ? undefined : objectiveId, links });
    }
  }

  async function review(actor: Actor, verb: ObjectiveVerb, objectiveId: string, data: unknown): Promise<AdaptiveCard> {
    if (verb === OBJECTIVE_VERBS.agree) return buildObjectiveAgreedAnswerCard(await useCases.agree(actor, objectiveId), links);
    const form = readObjectiveCardData(ReturnData, data);
    // Nothing is written: the card comes back as it was, saying what to fill in.
    if (!form.ok) return buildObjectiveReviewCard({ objective: await useCases.get(actor, objectiveId), links, problems: form.problems });
    return buildObjectiveReturnedAnswerCard(await useCases.return(actor, objectiveId, form.data.comment), links);
  }

  return {
    async onMessage(context: TurnContext, command: string) {
      if (!ASKING.has(command)) return false;
      if (scopeOf(context.activity) !== 'personal') {
        await context.sendActivity(OBJECTIVES_ONLY_IN_PERSONAL_CHAT);
        return true;
      }
      const card = await explained('I can’t show your objectives', undefined, async () => {
        const actor = await actorOf(context.activity);
        if (!actor) return buildObjectiveProblemCard([NOT_IN_DIRECTORY], { title: 'I can’t show your objectives' });
        return buildMyObjectivesCard(await useCases.listMine(actor), links);
      });
      await context.sendActivity(cardMessage(card));
      return true;
    },

    async onCardAction(context: TurnContext, verb: string, data: unknown) {
      if (!isObjectiveVerb(verb)) return undefined;
      const title = REFUSAL_TITLE[verb];
      const target = readObjectiveCardData(ObjectiveIdData, data);
      if (!target.ok) return cardInvokeResponse(buildObjectiveProblemCard(target.problems, { title }));
      const { objectiveId } = target.data;
      const card = await explained(title, objectiveId, async () => {
        const actor = await actorOf(context.activity);
        if (!actor) return buildObjectiveProblemCard([NOT_IN_DIRECTORY], { title });
        return review(actor, verb, objectiveId, data);
      });
      return cardInvokeResponse(card);
    },
  };
}
