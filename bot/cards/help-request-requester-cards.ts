import type { HelpRequest } from '../../api/src/contracts/help-requests.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { HELP_REQUEST_INPUTS, HELP_REQUEST_VERBS } from './help-request-card-data.js';
import { executeAction, firstName, problemBlock, questionBlock, refreshFor, type HelpRequestCardLinks } from './help-request-card-parts.js';

/** What the person who asked sees at each step of their request. */

export const RATING_WORDS: Record<number, string> = {
  1: '1 – not helpful',
  2: '2 – a little helpful',
  3: '3 – fairly helpful',
  4: '4 – helpful',
  5: '5 – very helpful',
};

interface Status {
  title: string;
  lines: string[];
}

function openStatus(request: HelpRequest): Status {
  if (request.status === 'open-to-all') {
    return {
      title: 'I’ve sent your request to the champions’ channel',
      lines: ['The champions I asked could not take it, so any Digital Champion can take it now. I’ll tell you here when one does.'],
    };
  }
  if (request.offerNumber > 1) {
    return {
      title: 'I’ve passed your request on to another champion',
      lines: ['The first champion I asked could not take it. I’ll tell you here when a champion takes it.'],
    };
  }
  return { title: 'I’ve asked a Digital Champion', lines: ['I’ll tell you here as soon as a champion takes your request.'] };
}

function card(request: HelpRequest, status: Status, extra: { body?: CardElement[]; actions?: CardAction[]; refresh?: boolean } = {}): AdaptiveCard {
  const spoken = [status.title, ...status.lines].join('. ');
  return adaptiveCard({
    speak: `${spoken}. You asked for help with: ${request.question}`,
    fallbackText: `${status.title}. ${status.lines[0] ?? ''}`.trim(),
    body: [heading(status.title), ...status.lines.map((line) => paragraph(line)), questionBlock(request), ...(extra.body ?? [])],
    ...(extra.actions ? { actions: extra.actions } : {}),
    ...(extra.refresh ? { refresh: refreshFor(request.id) } : {}),
  });
}

function ratingForm(request: HelpRequest, problems: readonly string[]): CardElement[] {
  return [
    paragraph('Please tell us how helpful it was. It helps the champions and the digital team.', { spacing: 'Medium' }),
    ...problemBlock(problems),
    {
      type: 'Input.ChoiceSet',
      id: HELP_REQUEST_INPUTS.rating.id,
      label: HELP_REQUEST_INPUTS.rating.label,
      style: 'expanded',
      isRequired: true,
      errorMessage: 'Choose how helpful it was.',
      choices: [5, 4, 3, 2, 1].map((rating) => ({ title: RATING_WORDS[rating]!, value: String(rating) })),
    },
    { type: 'Input.Text', id: HELP_REQUEST_INPUTS.comment.id, label: HELP_REQUEST_INPUTS.comment.label, isMultiline: true, maxLength: 1000 },
  ];
}

/** The requester's card for the request as it is now; `problems` come from a rating that could not be read. */
export function buildRequesterCard(request: HelpRequest, links: HelpRequestCardLinks = {}, problems: readonly string[] = []): AdaptiveCard {
  const cancel = executeAction(HELP_REQUEST_VERBS.cancel, 'Cancel my request', request.id, { style: 'destructive' });
  switch (request.status) {
    case 'offered':
    case 'open-to-all':
      return card(request, openStatus(request), { actions: [cancel], refresh: true });
    case 'claimed': {
      const champion = request.claimedBy?.displayName ?? 'A Digital Champion';
      const status = { title: `${champion} is helping you`, lines: [`${champion} has taken your request. Open a chat to talk it through.`] };
      const chat: CardAction[] = links.chatUrl
        ? [{ type: 'Action.OpenUrl', title: `Open a chat with ${firstName(champion)}`, url: links.chatUrl }]
        : [];
      return card(request, status, { actions: chat });
    }
    case 'resolved': {
      const champion = request.claimedBy?.displayName ?? 'The champion';
      if (request.rating !== null) {
        return card(request, {
          title: 'Thank you for your rating',
          lines: [`${champion} marked your request as resolved. You rated it ${RATING_WORDS[request.rating] ?? request.rating}.`],
        });
      }
      const status = { title: 'Your request is resolved', lines: [`${champion} marked your request as resolved.`] };
      const send = executeAction(HELP_REQUEST_VERBS.rate, 'Send', request.id, { withInputs: true, style: 'positive' });
      return card(request, status, { body: ratingForm(request, problems), actions: [send] });
    }
    case 'cancelled':
      return card(request, { title: 'Your request is cancelled', lines: ['No champion will pick it up. Type ask a champion whenever you need help.'] });
  }
}
