import type { GuideActions } from '../../../contracts/guides.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { GuideRecord } from './guide-repository.js';

/**
 * Who may do what with a guide. Champions and the digital team write; only the digital
 * team publishes. A guide not yet published is its author's and the digital team's
 * business: to anyone else it does not exist.
 */

export function isGuideWriter(actor: Actor): boolean {
  return hasRole(actor, 'champion') || hasRole(actor, 'digital');
}

export function isGuideEditor(actor: Actor): boolean {
  return hasRole(actor, 'digital');
}

export function isAuthorOf(actor: Actor, guide: GuideRecord): boolean {
  return guide.author?.id === actor.personId;
}

export function canSeeGuide(actor: Actor, guide: GuideRecord): boolean {
  return guide.status === 'published' || isGuideEditor(actor) || isAuthorOf(actor, guide);
}

export function guideActions(actor: Actor, guide: GuideRecord): GuideActions {
  const editor = isGuideEditor(actor);
  const author = isAuthorOf(actor, guide);
  const inProgress = guide.status === 'draft' || guide.status === 'submitted';
  return {
    edit: editor || (author && inProgress),
    submit: author && guide.status === 'draft',
    publish: editor && inProgress,
    return: editor && guide.status === 'submitted',
    archive: editor && guide.status !== 'archived',
  };
}

export function requireGuideEditor(actor: Actor, action: string): void {
  if (!isGuideEditor(actor)) throw AppError.forbidden(`Only the digital team can ${action}.`);
}

const WHERE_IT_IS: Record<GuideRecord['status'], string> = {
  draft: 'is still a draft',
  submitted: 'is already waiting to be published',
  published: 'is already published',
  archived: 'has been archived',
};

/** A move the guide's status does not allow, with the reason in words. */
export function illegalMove(guide: Pick<GuideRecord, 'title' | 'status'>, action: string): AppError {
  return new AppError('conflict', `You cannot ${action} “${guide.title}”: it ${WHERE_IT_IS[guide.status]}.`);
}
