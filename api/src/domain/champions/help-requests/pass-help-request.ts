import type { HelpRequest } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles, conflictReason, reload, requestNotFound } from './help-request-common.js';
import { canView, toHelpRequestDto } from './help-request-view.js';
import { announceOffer, offerContext, planNextOffer } from './offer-next.js';

/**
 * The champion a request is offered to says they cannot take it: it goes to the next best
 * champion, or to every champion once it has been offered as many times as the settings
 * allow (or nobody is left).
 */
export async function passHelpRequest(deps: HelpRequestDeps, actor: Actor, requestId: string): Promise<HelpRequest> {
  const record = await deps.requests.find(requestId);
  const wasOffered = record?.offers.some((offer) => offer.champion.id === actor.personId) ?? false;
  if (!record || !(wasOffered || canView(actor, record))) throw requestNotFound();
  if (!wasOffered) throw AppError.forbidden('Only the champion a request is offered to can pass it on.');
  if (record.status !== 'offered' || record.offeredTo?.id !== actor.personId) {
    throw new AppError('conflict', record.status === 'offered' ? 'You have already passed this request on.' : conflictReason(record, actor));
  }

  const at = deps.clock.now();
  const [settings, titles] = await Promise.all([deps.settings.get(), categoryTitles(deps)]);
  const next = await planNextOffer(deps, offerContext(record), settings, at);
  if (!(await deps.requests.endOffer({ requestId, championId: actor.personId, outcome: 'passed', at, next }))) {
    const now = await reload(deps, requestId);
    throw new AppError('conflict', now.status === 'offered' ? 'This request is no longer offered to you.' : conflictReason(now, actor));
  }
  const passed = await announceOffer(deps, requestId, titles);
  return toHelpRequestDto(passed, titles, actor);
}
