import type { Guide, GuideStatus, ReturnGuideBody } from '../../../contracts/guides.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { illegalMove, isAuthorOf, requireGuideEditor } from './guide-access.js';
import type { GuideDeps } from './guide-deps.js';
import { toGuide } from './guide-dto.js';
import type { GuideTransition } from './guide-repository.js';
import { findVisibleGuide } from './write-guides.js';

/**
 * A guide's way to publication: draft → submitted (by its author) → published (by the
 * digital team), who may also send it back with a note, publish a draft of their own
 * straight away, or archive it. The database decides each move, so of two people acting
 * at once one succeeds and the other is told why not.
 */

async function move(deps: GuideDeps, actor: Actor, id: string, action: string, change: Omit<GuideTransition, 'at'>): Promise<Guide> {
  const guide = await findVisibleGuide(deps, actor, id);
  if (!change.from.includes(guide.status)) throw illegalMove(guide, action);
  const moved = await deps.guides.transition(id, { ...change, at: deps.clock.now() });
  if (moved) return toGuide(actor, moved);
  throw illegalMove(await findVisibleGuide(deps, actor, id), action);
}

export async function submitGuide(deps: GuideDeps, actor: Actor, id: string): Promise<Guide> {
  const guide = await findVisibleGuide(deps, actor, id);
  if (!isAuthorOf(actor, guide)) throw AppError.forbidden('Only the guide’s author can submit it for publishing.');
  return move(deps, actor, id, 'submit', { from: ['draft'], to: 'submitted', reviewNote: null });
}

export function publishGuide(deps: GuideDeps, actor: Actor, id: string): Promise<Guide> {
  requireGuideEditor(actor, 'publish guides');
  const from: GuideStatus[] = ['submitted', 'draft'];
  return move(deps, actor, id, 'publish', { from, to: 'published', publishedBy: actor.personId, reviewNote: null });
}

export async function returnGuide(deps: GuideDeps, actor: Actor, id: string, body: ReturnGuideBody): Promise<Guide> {
  requireGuideEditor(actor, 'send guides back to their authors');
  return move(deps, actor, id, 'send back', { from: ['submitted'], to: 'draft', reviewNote: body.comment });
}

export function archiveGuide(deps: GuideDeps, actor: Actor, id: string): Promise<Guide> {
  requireGuideEditor(actor, 'archive guides');
  return move(deps, actor, id, 'archive', { from: ['draft', 'submitted', 'published'], to: 'archived' });
}
