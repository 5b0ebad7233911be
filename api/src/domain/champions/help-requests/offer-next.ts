import type { HelpRequestSettings } from '../../../contracts/help-requests.js';
import { addWorkingHours } from '../../shared/working-hours.js';
import type { PooledChampion } from '../champion-pool.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import type { HelpRequestEvent } from './help-request-notifier.js';
import type { HelpRequestRecord, NextOffer } from './help-request-repository.js';
import { notifyAfterCommit, reload, systemView } from './help-request-common.js';
import { chooseChampion } from './route-help-request.js';

/** Who a request goes to next, and telling them: shared by asking, passing and timing out. */

export interface OfferContext {
  requesterId: string;
  categoryKey: string;
  question: string;
  /** Everyone it has been offered to so far. */
  offeredTo: readonly string[];
}

/**
 * The next offer, or null to open the request to every champion: after `maxOffers` offers,
 * or when nobody is left who can take it. It lasts `offerTimeoutWorkingHours` working hours.
 * Without a `pool`, the pool is read now, alongside where the requester works (the job reads
 * it once for a whole batch and passes it in).
 */
export async function planNextOffer(
  deps: Pick<HelpRequestDeps, 'requests' | 'pool'>,
  request: OfferContext,
  settings: HelpRequestSettings,
  at: Date,
  pool?: readonly PooledChampion[],
): Promise<NextOffer | null> {
  if (request.offeredTo.length >= settings.maxOffers) return null;
  const [champions, requesterSiteId] = await Promise.all([pool ?? deps.pool.activeChampions(), deps.requests.siteOf(request.requesterId)]);
  const chosen = chooseChampion(champions, { ...request, requesterSiteId, alreadyOffered: new Set(request.offeredTo) }, at);
  if (!chosen) return null;
  return { championId: chosen.champion.personId, expiresAt: addWorkingHours(at, settings.offerTimeoutWorkingHours) };
}

export function offerContext(record: HelpRequestRecord): OfferContext {
  return {
    requesterId: record.requester.id,
    categoryKey: record.categoryKey,
    question: record.question,
    offeredTo: record.offers.map((offer) => offer.champion.id),
  };
}

/** After an offer was made or the request opened to all: tells the bot, and gives the request as it now is. */
export async function announceOffer(
  deps: Pick<HelpRequestDeps, 'requests' | 'notifier' | 'onNotifyError'>,
  requestId: string,
  titles: ReadonlyMap<string, string>,
): Promise<HelpRequestRecord> {
  const record = await reload(deps, requestId);
  const { request, chats } = systemView(record, titles);
  let event: HelpRequestEvent | undefined;
  if (record.status === 'offered' && record.offeredTo) {
    event = { kind: 'offered', request, chats, champion: { id: record.offeredTo.id, displayName: record.offeredTo.displayName } };
  } else if (record.status === 'open-to-all') {
    event = { kind: 'open-to-all', request, chats };
  }
  // Someone may have claimed or cancelled it in the moment since: then that change has told the bot.
  if (event) await notifyAfterCommit(deps, event);
  return record;
}
