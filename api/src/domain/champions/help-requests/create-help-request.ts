import { CreateHelpRequestBody, type HelpRequest } from '../../../contracts/help-requests.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { fieldErrorsFrom } from '../../shared/zod-field-errors.js';
import type { HelpRequestDeps } from './help-request-deps.js';
import { currentCategories } from './help-request-common.js';
import { toHelpRequestDto } from './help-request-view.js';
import { announceOffer, planNextOffer } from './offer-next.js';

/**
 * Anyone on the staff asks for help with one skill. The request and its first offer (to the
 * best available champion) are written together; with nobody available it goes straight to
 * every champion. Then the bot tells whoever it went to.
 */
export async function createHelpRequest(
  deps: HelpRequestDeps,
  actor: Actor,
  body: CreateHelpRequestBody,
  channel: 'tab' | 'bot',
): Promise<HelpRequest> {
  // The bot hands over card data as it came: checked here as well as at the HTTP boundary.
  const parsed = CreateHelpRequestBody.safeParse(body, { reportInput: true });
  if (!parsed.success) throw AppError.validation(fieldErrorsFrom('body', parsed.error));
  const { question, categoryKey } = parsed.data;

  const categories = await currentCategories(deps);
  if (!categories.some((category) => category.key === categoryKey)) {
    throw AppError.validation([
      { field: 'body.categoryKey', message: `is not a skill of the current framework; choose one of ${categories.map((category) => category.key).join(', ')}` },
    ]);
  }
  const titles = new Map(categories.map((category) => [category.key, category.title]));

  const at = deps.clock.now();
  const settings = await deps.settings.get();
  const offer = await planNextOffer(deps, { requesterId: actor.personId, categoryKey, question, offeredTo: [] }, settings, at);
  const id = await deps.requests.create({ requesterId: actor.personId, categoryKey, question, channel, at, offer });
  const record = await announceOffer(deps, id, titles);
  return toHelpRequestDto(record, titles, actor);
}
