import type { PersonRef } from '../../../contracts/champions.js';
import type { HelpRequest } from '../../../contracts/help-requests.js';
import { hasAnyRole, hasRole, type Actor } from '../../shared/actor.js';
import { teamsChatUrl } from '../teams-chat-link.js';
import type { HelpRequestChats } from './help-request-notifier.js';
import type { HelpRequestRecord, RequestPerson } from './help-request-repository.js';

/**
 * A help request as one person may see it. Who can see a request at all: the person who
 * asked, the champion it is offered to or who claimed it, every champion while it is open
 * to all, and the digital team. Anyone else is told it does not exist.
 */

/** The system's own view (for the notifier): everything, and no chat link, which depends on who reads it. */
export type Viewer = Actor | 'system';

const ref = (person: RequestPerson): PersonRef => ({ id: person.id, displayName: person.displayName });

export function canView(actor: Actor, record: HelpRequestRecord): boolean {
  const me = actor.personId;
  if (record.requester.id === me || record.claimedBy?.id === me) return true;
  if (record.status === 'offered' && record.offeredTo?.id === me) return true;
  if (record.status === 'open-to-all' && hasRole(actor, 'champion')) return true;
  return hasAnyRole(actor, ['digital']);
}

/** The Teams chat with the other side: the claiming champion for the requester, the requester for a champion. */
function chatUrlFor(viewer: Viewer, record: HelpRequestRecord): string | null {
  if (viewer === 'system') return null;
  if (viewer.personId === record.requester.id) {
    return record.claimedBy && record.status !== 'cancelled' ? teamsChatUrl(record.claimedBy.email) : null;
  }
  const helping = record.claimedBy?.id === viewer.personId || record.offeredTo?.id === viewer.personId;
  if (helping || (record.status === 'open-to-all' && hasRole(viewer, 'champion'))) return teamsChatUrl(record.requester.email);
  return null;
}

export function chatsFor(record: HelpRequestRecord): HelpRequestChats {
  return {
    withRequester: teamsChatUrl(record.requester.email),
    withChampion: record.claimedBy ? teamsChatUrl(record.claimedBy.email) : null,
  };
}

/** Whether the request went to every champion at some point, and when (it leaves no row of its own). */
function openedToAllAt(record: HelpRequestRecord): Date | null {
  if (record.status === 'offered') return null;
  if (record.offers.some((offer) => offer.outcome === 'accepted' || offer.outcome === 'withdrawn' || offer.outcome === 'pending')) return null;
  const decided = record.offers.map((offer) => offer.decidedAt?.getTime() ?? 0);
  return new Date(Math.max(record.createdAt.getTime(), ...decided));
}

type Step = HelpRequest['history'][number];

export function historyOf(record: HelpRequestRecord): Step[] {
  const steps: Step[] = [{ at: record.createdAt.toISOString(), event: 'asked', champion: null }];
  for (const offer of record.offers) {
    steps.push({ at: offer.offeredAt.toISOString(), event: 'offered', champion: ref(offer.champion) });
    if ((offer.outcome === 'passed' || offer.outcome === 'expired') && offer.decidedAt) {
      steps.push({ at: offer.decidedAt.toISOString(), event: offer.outcome, champion: ref(offer.champion) });
    }
  }
  const opened = openedToAllAt(record);
  if (opened) steps.push({ at: opened.toISOString(), event: 'open-to-all', champion: null });
  const champion = record.claimedBy ? ref(record.claimedBy) : null;
  if (record.claimedAt) steps.push({ at: record.claimedAt.toISOString(), event: 'claimed', champion });
  if (record.resolvedAt) steps.push({ at: record.resolvedAt.toISOString(), event: 'resolved', champion });
  if (record.ratedAt) steps.push({ at: record.ratedAt.toISOString(), event: 'rated', champion: null });
  if (record.cancelledAt) steps.push({ at: record.cancelledAt.toISOString(), event: 'cancelled', champion: null });
  // Stable: steps at the same moment keep the order they happen in.
  return steps.map((step, index) => ({ step, index })).sort((a, b) => a.step.at.localeCompare(b.step.at) || a.index - b.index).map(({ step }) => step);
}

/** Who the request is offered to is for the requester, that champion and the digital team only. */
function showsOffer(viewer: Viewer, record: HelpRequestRecord): boolean {
  if (viewer === 'system') return true;
  return viewer.personId === record.requester.id || viewer.personId === record.offeredTo?.id || hasAnyRole(viewer, ['digital']);
}

export function toHelpRequestDto(record: HelpRequestRecord, categoryTitles: ReadonlyMap<string, string>, viewer: Viewer): HelpRequest {
  const offered = record.status === 'offered' && showsOffer(viewer, record);
  return {
    id: record.id,
    requester: ref(record.requester),
    categoryKey: record.categoryKey,
    categoryTitle: categoryTitles.get(record.categoryKey) ?? record.categoryKey,
    question: record.question,
    channel: record.channel,
    status: record.status,
    createdAt: record.createdAt.toISOString(),
    offeredTo: offered && record.offeredTo ? ref(record.offeredTo) : null,
    offerNumber: record.offerNumber,
    offerExpiresAt: offered && record.offerExpiresAt ? record.offerExpiresAt.toISOString() : null,
    claimedBy: record.claimedBy ? ref(record.claimedBy) : null,
    claimedAt: record.claimedAt?.toISOString() ?? null,
    chatUrl: chatUrlFor(viewer, record),
    resolvedAt: record.resolvedAt?.toISOString() ?? null,
    resolutionNote: record.resolutionNote,
    minutesSpent: record.minutesSpent,
    rating: record.rating,
    ratingComment: record.ratingComment,
    guides: record.guides,
    history: historyOf(record),
  };
}
