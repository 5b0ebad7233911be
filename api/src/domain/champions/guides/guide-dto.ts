import type { Guide, GuideSummary } from '../../../contracts/guides.js';
import type { Actor } from '../../shared/actor.js';
import { guideActions } from './guide-access.js';
import { renderGuideMarkdown } from './guide-markdown.js';
import type { GuideRecord } from './guide-repository.js';

export function toGuideSummary(guide: GuideRecord): GuideSummary {
  return {
    id: guide.id,
    title: guide.title,
    summary: guide.summary,
    status: guide.status,
    categoryKeys: guide.categoryKeys,
    statementKeys: guide.statementKeys,
    author: guide.author,
    publishedAt: guide.publishedAt?.toISOString() ?? null,
    updatedAt: guide.updatedAt.toISOString(),
  };
}

/** The whole guide for `actor`, rendered on the server so every client shows the same safe HTML. */
export function toGuide(actor: Actor, guide: GuideRecord): Guide {
  return {
    ...toGuideSummary(guide),
    bodyMarkdown: guide.bodyMarkdown,
    bodyHtml: renderGuideMarkdown(guide.bodyMarkdown),
    publishedBy: guide.publishedBy,
    reviewNote: guide.reviewNote,
    createdAt: guide.createdAt.toISOString(),
    actions: guideActions(actor, guide),
  };
}
