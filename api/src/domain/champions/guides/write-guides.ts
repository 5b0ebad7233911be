import type { Guide } from '../../../contracts/guides.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { canSeeGuide, guideActions, illegalMove, isAuthorOf, isGuideEditor, isGuideWriter } from './guide-access.js';
import type { GuideDeps } from './guide-deps.js';
import { toGuide } from './guide-dto.js';
import type { GuideRecord } from './guide-repository.js';
import { checkGuideInput } from './guide-skills.js';

/** Writing guides: a champion or the digital team starts a draft; its author changes it until it is published. */

export async function createGuide(deps: GuideDeps, actor: Actor, body: unknown): Promise<Guide> {
  if (!isGuideWriter(actor)) throw AppError.forbidden('Only Digital Champions and the digital team can write guides.');
  const input = await checkGuideInput(deps, body);
  return toGuide(actor, await deps.guides.create(input, actor.personId, deps.clock.now()));
}

/** The guide if `actor` may see it; a draft someone else is writing is "not found", not "forbidden". */
export async function findVisibleGuide(deps: Pick<GuideDeps, 'guides'>, actor: Actor, id: string): Promise<GuideRecord> {
  const guide = await deps.guides.find(id);
  if (!guide || !canSeeGuide(actor, guide)) throw AppError.notFound('That guide');
  return guide;
}

export async function updateGuide(deps: GuideDeps, actor: Actor, id: string, body: unknown): Promise<Guide> {
  const guide = await findVisibleGuide(deps, actor, id);
  if (!guideActions(actor, guide).edit) {
    if (isAuthorOf(actor, guide)) throw illegalMove(guide, 'change');
    throw AppError.forbidden('Only the guide’s author and the digital team can change it.');
  }
  const input = await checkGuideInput(deps, body);
  // The author's right to change it lasts only while it is unpublished, decided at the moment of writing.
  const statuses = isGuideEditor(actor) ? (['draft', 'submitted', 'published', 'archived'] as const) : (['draft', 'submitted'] as const);
  const updated = await deps.guides.update(id, input, statuses, deps.clock.now());
  if (updated) return toGuide(actor, updated);
  const now = await findVisibleGuide(deps, actor, id);
  throw illegalMove(now, 'change');
}
