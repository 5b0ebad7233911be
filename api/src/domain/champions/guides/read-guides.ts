import type { Guide, GuideList, GuidePage, GuidePreview, GuideQuery, GuidesForSkillsQuery } from '../../../contracts/guides.js';
import type { Actor } from '../../shared/actor.js';
import { requireGuideEditor } from './guide-access.js';
import type { GuideDeps } from './guide-deps.js';
import { toGuide, toGuideSummary } from './guide-dto.js';
import { renderGuideMarkdown } from './guide-markdown.js';
import { widenSkills } from './guide-skills.js';
import { findVisibleGuide } from './write-guides.js';

/** Reading guides: published ones for everyone; drafts for their authors; the publishing queue for the digital team. */

/** Enough for a learning plan to offer one or two guides for each skill. */
export const GUIDES_FOR_SKILLS_LIMIT = 50;

export async function getGuide(deps: GuideDeps, actor: Actor, id: string): Promise<Guide> {
  return toGuide(actor, await findVisibleGuide(deps, actor, id));
}

export async function listPublishedGuides(deps: GuideDeps, query: GuideQuery): Promise<GuidePage> {
  const asked = { categoryKeys: query.categoryKey ? [query.categoryKey] : [], statementKeys: query.statementKey ? [query.statementKey] : [] };
  const filtered = asked.categoryKeys.length + asked.statementKeys.length > 0;
  const skills = filtered ? widenSkills(await deps.frameworks.current(), asked) : undefined;
  const page = await deps.guides.searchPublished({ text: query.q || undefined, skills, limit: query.limit, offset: query.offset });
  return { items: page.items.map(toGuideSummary), total: page.total };
}

export async function listMyGuides(deps: GuideDeps, actor: Actor): Promise<GuideList> {
  return { items: (await deps.guides.byAuthor(actor.personId)).map(toGuideSummary) };
}

export async function listGuidesWaitingToPublish(deps: GuideDeps, actor: Actor): Promise<GuideList> {
  requireGuideEditor(actor, 'see the guides waiting to be published');
  return { items: (await deps.guides.withStatus('submitted')).map(toGuideSummary) };
}

/** Published guides for a learning plan or a help request: linked to any of these skills. */
export async function guidesForSkills(deps: GuideDeps, query: GuidesForSkillsQuery): Promise<GuideList> {
  if (query.categoryKeys.length === 0 && query.statementKeys.length === 0) return { items: [] };
  const skills = widenSkills(await deps.frameworks.current(), query);
  return { items: (await deps.guides.publishedFor(skills, GUIDES_FOR_SKILLS_LIMIT)).map(toGuideSummary) };
}

/** What a body will look like once saved, rendered by the same code that renders guides. */
export function previewGuide(body: { bodyMarkdown: string }): GuidePreview {
  return { bodyHtml: renderGuideMarkdown(body.bodyMarkdown) };
}
