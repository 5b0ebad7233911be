import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { HelpRequest } from '../api/src/contracts/help-requests.js';
import type { Actor } from '../api/src/domain/shared/actor.js';
import { AppError } from '../api/src/domain/shared/app-error.js';
import { cardInvokeResponse } from './bot-feature.js';
import type { AdaptiveCard } from './cards/adaptive-card.js';
import { buildHelpRequestProblemCard } from './cards/help-request-ask-cards.js';
import { HELP_REQUEST_VERBS, RateData, readCardData, RequestIdData, ResolveData, type HelpRequestVerb } from './cards/help-request-card-data.js';
import { buildTakenCard } from './cards/help-request-champion-cards.js';
import { helpRequestCardFor, type HelpRequestViewer } from './cards/help-request-view-card.js';
import { scopeOf } from './conversation-from-activity.js';
import type { HelpRequestUseCases } from './help-request-use-cases.js';

/**
 * The help-request cards' buttons (Action.Execute): each parses its data, calls one use
 * case, and answers with the card for the request as it now is, for the person who pressed.
 */
export interface HelpRequestCardActionDependencies {
  useCases: HelpRequestUseCases;
  logger: Logger;
  guideUrl?: ((guideId: string) => string) | undefined;
}

const VERBS: ReadonlySet<string> = new Set(Object.values(HELP_REQUEST_VERBS));

export function isHelpRequestVerb(verb: string): verb is HelpRequestVerb {
  return VERBS.has(verb);
}

export const NOT_IN_DIRECTORY =
  'I can’t find you in the council’s staff directory, so I can’t show you this request. Ask HR or an administrator to add you.';
export const NO_LONGER_YOURS = 'This request is no longer offered to you, or it was cancelled. Thank you for looking.';
const TAKEN = /^(.+) has already taken this request\.$/;

type Outcome = { request: HelpRequest; problems?: string[] } | { card: AdaptiveCard };

export class HelpRequestCardActions {
  constructor(private readonly deps: HelpRequestCardActionDependencies) {}

  async run(context: TurnContext, actor: Actor | undefined, verb: HelpRequestVerb, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    if (!actor) return cardInvokeResponse(buildHelpRequestProblemCard([NOT_IN_DIRECTORY]));
    const target = readCardData(RequestIdData, data);
    if (!target.ok) return cardInvokeResponse(buildHelpRequestProblemCard(target.problems));
    const requestId = target.data.requestId;
    let outcome: Outcome;
    try {
      outcome = await this.act(actor, verb, requestId, data);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.deps.logger.info({ code: error.code, verb, requestId }, error.message);
      outcome = await this.refusal(actor, verb, requestId, error);
    }
    if ('card' in outcome) return cardInvokeResponse(outcome.card);
    return cardInvokeResponse(await this.cardFor(context, actor, outcome.request, outcome.problems));
  }

  /** One use case per press; a form that cannot be read is shown again with what is wrong, and nothing is written. */
  private async act(actor: Actor, verb: HelpRequestVerb, requestId: string, data: unknown): Promise<Outcome> {
    const { useCases } = this.deps;
    switch (verb) {
      case HELP_REQUEST_VERBS.accept:
        return { request: await useCases.acceptHelpRequest(actor, requestId) };
      case HELP_REQUEST_VERBS.pass:
        return { request: await useCases.passHelpRequest(actor, requestId) };
      case HELP_REQUEST_VERBS.cancel:
        return { request: await useCases.cancelHelpRequest(actor, requestId) };
      case HELP_REQUEST_VERBS.refresh:
        return { request: await useCases.getHelpRequest(actor, requestId) };
      case HELP_REQUEST_VERBS.resolve: {
        const form = readCardData(ResolveData, data);
        if (!form.ok) return { request: await useCases.getHelpRequest(actor, requestId), problems: form.problems };
        const { note, minutesSpent } = form.data;
        return { request: await useCases.resolveHelpRequest(actor, requestId, { note, minutesSpent }) };
      }
      case HELP_REQUEST_VERBS.rate: {
        const form = readCardData(RateData, data);
        if (!form.ok) return { request: await useCases.getHelpRequest(actor, requestId), problems: form.problems };
        const { rating, comment } = form.data;
        return { request: await useCases.rateHelpRequest(actor, requestId, { rating, ...(comment ? { comment } : {}) }) };
      }
    }
  }

  /**
   * A use case said no. Losing a race for a request shows who took it; a form the use case
   * rejected is shown again with its reasons; anything else says why, in the use case's words.
   */
  private async refusal(actor: Actor, verb: HelpRequestVerb, requestId: string, error: AppError): Promise<Outcome> {
    const taken = TAKEN.exec(error.message);
    if (error.code === 'conflict' && taken?.[1]) return { card: buildTakenCard({ takenBy: taken[1] }) };
    if (error.code === 'not-found') return { card: buildHelpRequestProblemCard([NO_LONGER_YOURS], 'This request has moved on') };
    const isForm = verb === HELP_REQUEST_VERBS.resolve || verb === HELP_REQUEST_VERBS.rate;
    if (error.code !== 'validation' || !isForm) return { card: buildHelpRequestProblemCard([error.message]) };
    const problems = error.errors.length > 0 ? error.errors.map((fieldError) => fieldError.message) : [error.message];
    return { request: await this.deps.useCases.getHelpRequest(actor, requestId), problems };
  }

  private async cardFor(context: TurnContext, actor: Actor, request: HelpRequest, problems: string[] = []): Promise<AdaptiveCard> {
    const viewer = this.viewerOf(context, actor, request);
    const requesterSite = viewer.kind === 'requester' ? null : await this.deps.useCases.siteNameOf(request.requester.id);
    return helpRequestCardFor(viewer, request, { chatUrl: request.chatUrl, guideUrl: this.deps.guideUrl, requesterSite }, problems);
  }

  /** A card in the champions' channel is everyone's, so it shows what everyone may see. */
  private viewerOf(context: TurnContext, actor: Actor, request: HelpRequest): HelpRequestViewer {
    if (scopeOf(context.activity) === 'team') return { kind: 'channel' };
    if (request.requester.id === actor.personId) return { kind: 'requester' };
    return { kind: 'champion', personId: actor.personId };
  }
}
