import type { HelpRequest, RateHelpRequestBody } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles, findVisible, notifyAfterCommit, reload, systemView } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';

const ALREADY_RATED = 'You have already rated the help with this request.';

/** The person who asked rates the help, 1 to 5 with an optional comment, once it is resolved, and only once. */
export async function rateHelpRequest(deps: HelpRequestDeps, actor: Actor, requestId: string, body: RateHelpRequestBody): Promise<HelpRequest> {
  const record = await findVisible(deps, actor, requestId);
  if (record.requester.id !== actor.personId) throw AppError.forbidden('Only the person who asked for help can rate it.');
  if (record.status !== 'resolved') throw new AppError('conflict', 'You can rate the help once your champion has marked the request as resolved.');
  if (record.rating !== null) throw new AppError('conflict', ALREADY_RATED);

  const comment = body.comment?.trim() ? body.comment.trim() : null;
  if (!(await deps.requests.rate(requestId, actor.personId, { rating: body.rating, comment, at: deps.clock.now() }))) {
    throw new AppError('conflict', ALREADY_RATED);
  }
  const rated = await reload(deps, requestId);
  const titles = await categoryTitles(deps);
  await notifyAfterCommit(deps, { kind: 'rated', ...systemView(rated, titles) });
  return toHelpRequestDto(rated, titles, actor);
}
