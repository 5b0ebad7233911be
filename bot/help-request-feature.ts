import type { Activity, AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { AppError } from '../api/src/domain/shared/app-error.js';
import type { BotFeature } from './bot-feature.js';
import { cardMessage } from './card-message.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import {
  buildAskWhatHelpCard,
  buildCategoryConfirmCard,
  buildHelpRequestProblemCard,
  buildRequestNotSentCard,
  buildRequestSentCard,
} from './cards/help-request-ask-cards.js';
import { HELP_REQUEST_DISMISS, HELP_REQUEST_SEND, HELP_REQUEST_SUGGEST, readCardData, SendData, SuggestData } from './cards/help-request-card-data.js';
import { ASK_A_CHAMPION_COMMAND } from './commands.js';
import { scopeOf } from './conversation-from-activity.js';
import { HelpRequestCardActions, isHelpRequestVerb, NOT_IN_DIRECTORY } from './help-request-card-actions.js';
import { isHelpPhrase, questionOf } from './help-request-phrases.js';
import type { HelpRequestUseCases } from './help-request-use-cases.js';

export interface HelpRequestFeatureDependencies {
  useCases: HelpRequestUseCases;
  logger: Logger;
  /** Where a how-to guide opens in the tab, for the links on champions' cards. */
  guideUrl?: ((guideId: string) => string) | undefined;
}

export const ASK_IN_PERSONAL_CHAT =
  'Questions for a Digital Champion are between you and the champion, so I only take them in a personal chat. Message me directly and type ask a champion.';

const SUBMITS: ReadonlySet<string> = new Set([HELP_REQUEST_SUGGEST, HELP_REQUEST_SEND, HELP_REQUEST_DISMISS]);

function isAsking(command: string): boolean {
  return command === ASK_A_CHAMPION_COMMAND.title || isHelpPhrase(command) || SUBMITS.has(command);
}

/** Field problems of a refused request, in the card's words when the use case names a field. */
function problemsOf(error: AppError): string[] {
  if (error.errors.some((fieldError) => fieldError.field.endsWith('categoryKey'))) return ['Choose one of the listed answers for “What kind of help is it?”.'];
  return error.errors.length > 0 ? error.errors.map((fieldError) => fieldError.message) : [error.message];
}

/**
 * Asking a Digital Champion for help in the chat: "ask a champion" or "help me with …", a
 * card to confirm the kind of help, then the request goes to the same use case as the tab's.
 * The buttons on the cards that follow (Accept, Pass, Cancel, resolve, rate) are Action.Execute
 * presses, answered in place by HelpRequestCardActions.
 */
export function createHelpRequestFeature(deps: HelpRequestFeatureDependencies): BotFeature {
  const actions = new HelpRequestCardActions(deps);

  async function actorOf(activity: Activity): Promise<Actor | undefined> {
    const objectId = z.guid().safeParse(activity.from?.aadObjectId);
    if (!objectId.success) return undefined;
    try {
      return await deps.useCases.actorFor(objectId.data);
    } catch (error) {
      if (error instanceof AppError) return undefined;
      throw error;
    }
  }

  /** The next card in place of the one whose button was pressed; a typed command gets a new message. */
  async function show(context: TurnContext, card: AdaptiveCard): Promise<void> {
    const cardId = context.activity.replyToId;
    if (context.activity.value !== undefined && cardId) {
      try {
        await context.updateActivity({ ...cardMessage(card), id: cardId });
        return;
      } catch (error) {
        deps.logger.warn({ err: error, activityId: cardId }, 'could not update the card in place; sending it as a new message');
      }
    }
    await context.sendActivity(cardMessage(card));
  }

  async function confirmCategory(context: TurnContext, actor: Actor, question: string, categoryKey?: string, problems: string[] = []): Promise<void> {
    const suggestion = await deps.useCases.suggestCategory(actor, question || 'help');
    await show(context, buildCategoryConfirmCard({ question, suggestion, categoryKey, problems }));
  }

  async function send(context: TurnContext, actor: Actor): Promise<void> {
    const value: unknown = context.activity.value;
    const form = readCardData(SendData, value);
    const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const question = typeof given.question === 'string' ? given.question.trim() : '';
    const categoryKey = typeof given.categoryKey === 'string' && given.categoryKey ? given.categoryKey : undefined;
    if (!form.ok) {
      await confirmCategory(context, actor, question, categoryKey, form.problems);
      return;
    }
    try {
      const request = await deps.useCases.createHelpRequest(actor, { question: form.data.question, categoryKey: form.data.categoryKey });
      await show(context, buildRequestSentCard(request));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation') throw error;
      await confirmCategory(context, actor, question, categoryKey, problemsOf(error));
    }
  }

  async function ask(context: TurnContext, command: string): Promise<void> {
    const actor = await actorOf(context.activity);
    if (!actor) {
      await context.sendActivity(cardMessage(buildHelpRequestProblemCard([NOT_IN_DIRECTORY])));
      return;
    }
    if (command === HELP_REQUEST_DISMISS) {
      await show(context, buildRequestNotSentCard());
    } else if (command === HELP_REQUEST_SEND) {
      await send(context, actor);
    } else if (command === HELP_REQUEST_SUGGEST) {
      const form = readCardData(SuggestData, context.activity.value);
      if (form.ok) await confirmCategory(context, actor, form.data.question);
      else await show(context, buildAskWhatHelpCard({ problems: form.problems }));
    } else {
      const question = command === ASK_A_CHAMPION_COMMAND.title ? '' : questionOf(context.activity);
      if (question.length >= 3) await confirmCategory(context, actor, question);
      else await context.sendActivity(cardMessage(buildAskWhatHelpCard()));
    }
  }

  return {
    async onMessage(context, command) {
      if (!isAsking(command)) return false;
      if (scopeOf(context.activity) !== 'personal') {
        await context.sendActivity(ASK_IN_PERSONAL_CHAT);
        return true;
      }
      try {
        await ask(context, command);
      } catch (error) {
        // Refusals the person can act on become a card; anything else is the adapter's to report.
        if (!(error instanceof AppError)) throw error;
        deps.logger.warn({ code: error.code, command }, error.message);
        await context.sendActivity(cardMessage(buildHelpRequestProblemCard(problemsOf(error))));
      }
      return true;
    },

    async onCardAction(context, verb, data): Promise<AdaptiveCardInvokeResponse | undefined> {
      if (!isHelpRequestVerb(verb)) return undefined;
      return actions.run(context, await actorOf(context.activity), verb, data);
    },
  };
}
