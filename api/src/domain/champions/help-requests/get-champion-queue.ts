import type { ChampionQueue } from '../../../contracts/help-requests.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';

/** A champion's queue: offered to them, open to every champion, and the ones they are helping with. */
export async function getChampionQueue(deps: HelpRequestDeps, actor: Actor): Promise<ChampionQueue> {
  if (!hasRole(actor, 'champion')) throw AppError.forbidden('Only Digital Champions have a help queue.');
  const [queue, titles] = await Promise.all([deps.requests.queueFor(actor.personId), categoryTitles(deps)]);
  return {
    offeredToMe: queue.offeredToMe.map((record) => toHelpRequestDto(record, titles, actor)),
    openToAll: queue.openToAll.map((record) => toHelpRequestDto(record, titles, actor)),
    mine: queue.mine.map((record) => toHelpRequestDto(record, titles, actor)),
  };
}
