import type { HelpRequest } from '../../../contracts/help-requests.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles, conflictReason, notifyAfterCommit, reload, requestNotFound, systemView } from './help-request-common.js';
import { canView, toHelpRequestDto } from './help-request-view.js';

/**
 * A champion takes a request offered to them, or one open to every champion. The database
 * decides: of any number of champions pressing Accept at once, exactly one claims it and
 * every other is told who did (409).
 */
export async function acceptHelpRequest(deps: HelpRequestDeps, actor: Actor, requestId: string): Promise<HelpRequest> {
  const record = await deps.requests.find(requestId);
  if (!record) throw requestNotFound();
  if (record.requester.id === actor.personId) throw AppError.forbidden('You asked for this help, so another champion will take it.');
  if (!hasRole(actor, 'champion')) {
    if (!canView(actor, record)) throw requestNotFound();
    throw AppError.forbidden('Only Digital Champions can take help requests.');
  }

  const at = deps.clock.now();
  if (!(await deps.requests.claim(requestId, actor.personId, at))) {
    const now = await reload(deps, requestId);
    const stillTakeable = now.status === 'open-to-all' || (now.status === 'offered' && now.offeredTo?.id === actor.personId);
    // It was there to take, so what stopped them is their own champion status (paused, or stepped down).
    if (stillTakeable) throw new AppError('conflict', 'You can take requests again once your champion role is active.');
    throw new AppError('conflict', conflictReason(now, actor));
  }

  const claimed = await reload(deps, requestId);
  const titles = await categoryTitles(deps);
  await notifyAfterCommit(deps, { kind: 'claimed', ...systemView(claimed, titles) });
  return toHelpRequestDto(claimed, titles, actor);
}
