import type { HelpRequest } from '../../api/src/contracts/help-requests.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { HELP_REQUEST_INPUTS, HELP_REQUEST_VERBS } from './help-request-card-data.js';
import {
  executeAction,
  firstName,
  guideLinks,
  problemBlock,
  questionBlock,
  refreshFor,
  requestFacts,
  whenText,
  type HelpRequestCardLinks,
} from './help-request-card-parts.js';
import { RATING_WORDS } from './help-request-requester-cards.js';

/** What champions see: an offer, the channel's open request, "taken by …", and their own request to resolve. */

function details(request: HelpRequest, links: HelpRequestCardLinks): CardElement[] {
  return [questionBlock(request), requestFacts(request, links, { asker: true })];
}

function spokenRequest(request: HelpRequest): string {
  return `${request.requester.displayName} needs help with: ${request.question}. Kind of help: ${request.categoryTitle}.`;
}

/** Offered to one champion: Accept or Pass, with a refresh so Teams shows it as it is now. */
export function buildOfferCard(request: HelpRequest, links: HelpRequestCardLinks = {}): AdaptiveCard {
  const answerBy = request.offerExpiresAt
    ? `If you can’t answer by ${whenText(request.offerExpiresAt)}, I’ll offer it to another champion.`
    : 'If you can’t help, press Pass and I’ll offer it to another champion.';
  const title = `Can you help ${request.requester.displayName}?`;
  return adaptiveCard({
    speak: `${title} ${spokenRequest(request)} Press Accept to take it, or Pass. ${answerBy}`,
    fallbackText: `${title} ${request.question}`,
    body: [heading(title), paragraph('A colleague has asked a Digital Champion for help, and you are a good match.'), ...details(request, links), paragraph(answerBy, { isSubtle: true }), ...guideLinks(request, links)],
    actions: [
      executeAction(HELP_REQUEST_VERBS.accept, 'Accept', request.id, { style: 'positive' }),
      executeAction(HELP_REQUEST_VERBS.pass, 'Pass', request.id),
    ],
    refresh: refreshFor(request.id),
  });
}

/** Open to every champion, in the champions' channel or a champion's own chat: the first Accept takes it. */
export function buildOpenRequestCard(request: HelpRequest, links: HelpRequestCardLinks = {}): AdaptiveCard {
  const title = `${request.requester.displayName} needs help`;
  const who = 'No champion has taken this request yet, so any Digital Champion can. The first to press Accept takes it.';
  return adaptiveCard({
    speak: `${title}. ${spokenRequest(request)} ${who}`,
    fallbackText: `${title}: ${request.question}`,
    body: [heading(title), paragraph(who), ...details(request, links), ...guideLinks(request, links)],
    actions: [executeAction(HELP_REQUEST_VERBS.accept, 'Accept', request.id, { style: 'positive' })],
    refresh: refreshFor(request.id),
  });
}

/** What every other card becomes once one champion has claimed the request. */
export function buildTakenCard(input: { takenBy: string; question?: string | undefined }): AdaptiveCard {
  const title = `Taken by ${input.takenBy}`;
  const text = `${input.takenBy} is helping with this request, so there is nothing more to do here. Thank you.`;
  return adaptiveCard({
    speak: `${title}. ${text}`,
    fallbackText: `${title}. ${text}`,
    body: [heading(title), paragraph(text), ...(input.question ? [questionBlock({ question: input.question })] : [])],
  });
}

/** A champion's old offer, after they passed or their time ran out: it is someone else's to answer now. */
export function buildMovedOnCard(request: HelpRequest): AdaptiveCard {
  const text = 'I’ve offered this request to another champion, so there is nothing more for you to do. Thank you for looking.';
  return adaptiveCard({
    speak: `This request has moved on. ${text}`,
    fallbackText: `This request has moved on. ${text}`,
    body: [heading('This request has moved on'), paragraph(text), questionBlock(request)],
  });
}

/** For champions and the channel, once the person who asked cancels. */
export function buildCancelledForChampionsCard(request: HelpRequest): AdaptiveCard {
  const text = `${request.requester.displayName} cancelled this request, so there is nothing to do. Thank you.`;
  return adaptiveCard({
    speak: `This request is cancelled. ${text}`,
    fallbackText: `This request is cancelled. ${text}`,
    body: [heading('This request is cancelled'), paragraph(text), questionBlock(request)],
  });
}

/** The champion who claimed it: a chat with the requester, and the form to mark it resolved. */
export function buildClaimerCard(request: HelpRequest, links: HelpRequestCardLinks = {}, problems: readonly string[] = []): AdaptiveCard {
  const who = request.requester.displayName;
  const title = `You’re helping ${who}`;
  const next = `Open a chat with ${firstName(who)} to help. When you have finished, say what you did and how long it took, and I’ll add it to your support log.`;
  const actions: CardAction[] = [];
  if (links.chatUrl) actions.push({ type: 'Action.OpenUrl', title: `Open a chat with ${firstName(who)}`, url: links.chatUrl });
  actions.push(executeAction(HELP_REQUEST_VERBS.resolve, 'Mark as resolved', request.id, { withInputs: true, style: 'positive' }));
  return adaptiveCard({
    speak: `${title}. ${spokenRequest(request)} ${next}`,
    fallbackText: `${title}: ${request.question}`,
    body: [
      heading(title),
      paragraph(next),
      ...details(request, links),
      ...guideLinks(request, links),
      ...problemBlock(problems),
      {
        type: 'Input.Text',
        id: HELP_REQUEST_INPUTS.note.id,
        label: HELP_REQUEST_INPUTS.note.label,
        isMultiline: true,
        maxLength: 2000,
        isRequired: true,
        errorMessage: 'Say briefly what you did.',
        spacing: 'Medium',
      },
      {
        type: 'Input.Number',
        id: HELP_REQUEST_INPUTS.minutesSpent.id,
        label: HELP_REQUEST_INPUTS.minutesSpent.label,
        min: 1,
        max: 600,
        isRequired: true,
        errorMessage: 'Enter the minutes, from 1 to 600.',
      },
    ],
    actions,
    refresh: refreshFor(request.id),
  });
}

/** The claimer's card once resolved: what they logged and, when given, the rating. */
export function buildResolvedForChampionCard(request: HelpRequest): AdaptiveCard {
  const logged = `Logged: ${request.minutesSpent ?? 0} minutes. ${request.resolutionNote ?? ''}`.trim();
  const rated =
    request.rating !== null
      ? `${request.requester.displayName} rated it ${RATING_WORDS[request.rating] ?? request.rating}.${request.ratingComment ? ` They said: “${request.ratingComment}”` : ''}`
      : `I’ve asked ${request.requester.displayName} to rate it.`;
  return adaptiveCard({
    speak: `Resolved. Thank you. ${logged} ${rated}`,
    fallbackText: `Resolved. Thank you. ${rated}`,
    body: [heading('Resolved – thank you'), questionBlock(request), paragraph(logged), paragraph(rated)],
  });
}
