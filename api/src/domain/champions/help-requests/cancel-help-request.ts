import type { HelpRequest } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import type { HelpRequestRecord } from './help-request-repository.js';
import { categoryTitles, findVisible, notifyAfterCommit, reload, systemView } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';

function notCancellable(record: HelpRequestRecord): AppError {
  return new AppError(
    'conflict',
    record.status === 'resolved' ? 'This request is already resolved, so it cannot be cancelled.' : 'You have already cancelled this request.',
  );
}

/**
 * The person who asked no longer needs help: the request stops wherever it is (a pending
 * offer is withdrawn, so it goes to nobody else) and the bot tells the champions involved.
 */
export async function cancelHelpRequest(deps: HelpRequestDeps, actor: Actor, requestId: string): Promise<HelpRequest> {
  const record = await findVisible(deps, actor, requestId);
  if (record.requester.id !== actor.personId) throw AppError.forbidden('Only the person who asked for help can cancel the request.');
  if (record.status === 'resolved' || record.status === 'cancelled') throw notCancellable(record);

  if (!(await deps.requests.cancel(requestId, actor.personId, deps.clock.now()))) throw notCancellable(await reload(deps, requestId));
  const cancelled = await reload(deps, requestId);
  const titles = await categoryTitles(deps);
  await notifyAfterCommit(deps, { kind: 'cancelled', ...systemView(cancelled, titles) });
  return toHelpRequestDto(cancelled, titles, actor);
}
