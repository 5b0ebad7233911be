import type { HelpRequest } from '../../api/src/contracts/help-requests.js';
import type { AdaptiveCard } from './adaptive-card.js';
import {
  buildCancelledForChampionsCard,
  buildClaimerCard,
  buildMovedOnCard,
  buildOfferCard,
  buildOpenRequestCard,
  buildResolvedForChampionCard,
  buildTakenCard,
} from './help-request-champion-cards.js';
import type { HelpRequestCardLinks } from './help-request-card-parts.js';
import { buildRequesterCard } from './help-request-requester-cards.js';

/** Who a card is shown to: the person who asked, one champion, or everyone in the champions' channel. */
export type HelpRequestViewer = { kind: 'requester' } | { kind: 'champion'; personId: string } | { kind: 'channel' };

function takenBy(request: HelpRequest): AdaptiveCard {
  return buildTakenCard({ takenBy: request.claimedBy?.displayName ?? 'another champion', question: request.question });
}

function forChampion(request: HelpRequest, personId: string, links: HelpRequestCardLinks, problems: readonly string[]): AdaptiveCard {
  switch (request.status) {
    case 'offered':
      return request.offeredTo?.id === personId ? buildOfferCard(request, links) : buildMovedOnCard(request);
    case 'open-to-all':
      return buildOpenRequestCard(request, links);
    case 'claimed':
      return request.claimedBy?.id === personId ? buildClaimerCard(request, links, problems) : takenBy(request);
    case 'resolved':
      return request.claimedBy?.id === personId ? buildResolvedForChampionCard(request) : takenBy(request);
    case 'cancelled':
      return buildCancelledForChampionsCard(request);
  }
}

function forChannel(request: HelpRequest, links: HelpRequestCardLinks): AdaptiveCard {
  switch (request.status) {
    case 'offered':
    case 'open-to-all':
      return buildOpenRequestCard(request, links);
    case 'claimed':
    case 'resolved':
      return takenBy(request);
    case 'cancelled':
      return buildCancelledForChampionsCard(request);
  }
}

/**
 * The one card for a request as it is now, for whoever sees it. Every path that shows a
 * help-request card (a button's answer, a refresh, the notifier's updates) comes through here,
 * so a card never disagrees with the state the database holds.
 */
export function helpRequestCardFor(
  viewer: HelpRequestViewer,
  request: HelpRequest,
  links: HelpRequestCardLinks = {},
  problems: readonly string[] = [],
): AdaptiveCard {
  if (viewer.kind === 'requester') return buildRequesterCard(request, links, problems);
  if (viewer.kind === 'channel') return forChannel(request, links);
  return forChampion(request, viewer.personId, links, problems);
}
