import type { HelpRequestPage } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { categoryTitles } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';

/** The requests the actor asked, newest first, a page at a time. */
export async function listMyHelpRequests(deps: HelpRequestDeps, actor: Actor, page: { limit: number; offset: number }): Promise<HelpRequestPage> {
  const [found, titles] = await Promise.all([deps.requests.listForRequester(actor.personId, page), categoryTitles(deps)]);
  return { items: found.items.map((record) => toHelpRequestDto(record, titles, actor)), total: found.total };
}
