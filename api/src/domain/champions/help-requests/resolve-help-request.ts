import type { HelpRequest, ResolveHelpRequestBody } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { londonDate } from '../../shared/working-hours.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles, conflictReason, findVisible, notifyAfterCommit, reload, systemView } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';

/**
 * The champion who took a request says it is done, with what they did and how long it took.
 * The support log gets the session in the same transaction: resolved requests are never
 * missing from it, and never in it twice.
 */
export async function resolveHelpRequest(
  deps: HelpRequestDeps,
  actor: Actor,
  requestId: string,
  body: ResolveHelpRequestBody,
): Promise<HelpRequest> {
  const record = await findVisible(deps, actor, requestId);
  if (record.claimedBy?.id !== actor.personId) throw AppError.forbidden('Only the champion who took this request can resolve it.');
  if (record.status !== 'claimed') throw new AppError('conflict', conflictReason(record, actor));

  const at = deps.clock.now();
  const resolution = { note: body.note, minutesSpent: body.minutesSpent, at, happenedOn: londonDate(at) };
  if (!(await deps.requests.resolve(requestId, actor.personId, resolution))) {
    throw new AppError('conflict', conflictReason(await reload(deps, requestId), actor));
  }
  const resolved = await reload(deps, requestId);
  const titles = await categoryTitles(deps);
  await notifyAfterCommit(deps, { kind: 'resolved', ...systemView(resolved, titles) });
  return toHelpRequestDto(resolved, titles, actor);
}
