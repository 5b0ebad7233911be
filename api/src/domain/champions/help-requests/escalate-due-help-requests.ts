import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles } from './help-request-common.js';
import { announceOffer, offerContext, planNextOffer } from './offer-next.js';

/** Requests handled per batch; the job runs every minute, so a backlog clears over a few runs at most. */
const BATCH = 200;
const MAX_BATCHES = 10;

export interface EscalationOutcome {
  /** Offers that ran out. */
  expired: number;
  /** …of which went to the next champion. */
  offered: number;
  /** …and of which went to every champion. */
  openedToAll: number;
}

/**
 * The scheduled job: every offer nobody answered within its working hours goes to the next
 * champion, or to every champion once the request has been offered as often as the settings
 * allow. Each request moves in its own transaction, only if it is still as the job found it,
 * so a champion accepting at the same moment wins cleanly.
 */
export async function escalateDueHelpRequests(deps: HelpRequestDeps): Promise<EscalationOutcome> {
  const outcome: EscalationOutcome = { expired: 0, offered: 0, openedToAll: 0 };
  const at = deps.clock.now();
  let due = await deps.requests.dueOffers(at, BATCH);
  if (due.length === 0) return outcome;

  const [settings, pool, titles] = await Promise.all([deps.settings.get(), deps.pool.activeChampions(), categoryTitles(deps)]);
  for (let batch = 0; batch < MAX_BATCHES && due.length > 0; batch += 1) {
    for (const requestId of due) {
      const record = await deps.requests.find(requestId);
      if (!record || record.status !== 'offered' || !record.offeredTo || !record.offerExpiresAt || record.offerExpiresAt > at) continue;
      const next = await planNextOffer(deps, offerContext(record), settings, at, pool);
      const ended = await deps.requests.endOffer({ requestId, championId: record.offeredTo.id, outcome: 'expired', at, next });
      if (!ended) continue;
      outcome.expired += 1;
      if (next) outcome.offered += 1;
      else outcome.openedToAll += 1;
      await announceOffer(deps, requestId, titles);
    }
    due = due.length === BATCH ? await deps.requests.dueOffers(at, BATCH) : [];
  }
  return outcome;
}
