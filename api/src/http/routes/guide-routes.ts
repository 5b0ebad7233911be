import { z } from 'zod';
import {
  Guide,
  GuideIdParams,
  GuideList,
  GuidePage,
  GuidePreview,
  GuidePreviewBody,
  GuideQuery,
  GuidesForSkillsQuery,
  ReturnGuideBody,
} from '../../contracts/guides.js';
import type { GuideDeps } from '../../domain/champions/guides/guide-deps.js';
import { archiveGuide, publishGuide, returnGuide, submitGuide } from '../../domain/champions/guides/guide-workflow.js';
import {
  getGuide,
  guidesForSkills,
  listGuidesWaitingToPublish,
  listMyGuides,
  listPublishedGuides,
  previewGuide,
} from '../../domain/champions/guides/read-guides.js';
import { createGuide, updateGuide } from '../../domain/champions/guides/write-guides.js';
import { defineRoute } from '../route.js';

const TAG = 'How-to guides';

/**
 * The body is checked by the use case, so shape problems and unknown framework keys come
 * back together as one 422 naming each field.
 */
const GuideBody = z.unknown().meta({
  description: 'A GuideInput; categoryKeys and statementKeys must exist in the current framework',
  allOf: [{ $ref: '#/components/schemas/GuideInput' }],
});

/** Fixed paths come before `/api/guides/:id`, which would otherwise read "mine" as an id. */
export function guideRoutes(deps: GuideDeps) {
  const move = (action: 'submit' | 'publish' | 'archive', summary: string, description: string, run: typeof submitGuide) =>
    defineRoute({
      method: 'post',
      path: `/api/guides/:id/${action}`,
      tag: TAG,
      summary,
      description,
      access: 'signed-in',
      params: GuideIdParams,
      response: Guide,
      problems: [403, 404, 409],
      handle: ({ actor, params }) => run(deps, actor, params.id),
    });

  return [
    defineRoute({
      method: 'get',
      path: '/api/guides',
      tag: TAG,
      summary: 'Find published guides',
      description: 'By words in the title, summary or body, and by skill: a category finds guides for any of its statements.',
      access: 'signed-in',
      query: GuideQuery,
      response: GuidePage,
      handle: ({ query }) => listPublishedGuides(deps, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/guides',
      tag: TAG,
      summary: 'Start a guide (a draft)',
      description: 'Digital Champions and the digital team.',
      access: 'signed-in',
      body: GuideBody,
      response: Guide,
      problems: [403, 422],
      handle: ({ actor, body }) => createGuide(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/guides/mine',
      tag: TAG,
      summary: 'The guides I have written, whatever their status',
      access: 'signed-in',
      response: GuideList,
      handle: ({ actor }) => listMyGuides(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/guides/waiting',
      tag: TAG,
      summary: 'Guides waiting to be published, longest waiting first',
      description: 'Digital team only.',
      access: 'signed-in',
      response: GuideList,
      problems: [403],
      handle: ({ actor }) => listGuidesWaitingToPublish(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/guides/for-skills',
      tag: TAG,
      summary: 'Published guides for some skills',
      description: 'What learning plans and help requests link to. Keys are comma-separated.',
      access: 'signed-in',
      query: GuidesForSkillsQuery,
      response: GuideList,
      handle: ({ query }) => guidesForSkills(deps, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/guides/preview',
      tag: TAG,
      summary: 'Show how a guide’s Markdown will look',
      access: 'signed-in',
      rateLimit: 'preview',
      body: GuidePreviewBody,
      response: GuidePreview,
      handle: async ({ body }) => previewGuide(body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/guides/:id',
      tag: TAG,
      summary: 'Read a guide',
      description: 'Published guides for anyone; others only for their author and the digital team (404 to anyone else).',
      access: 'signed-in',
      params: GuideIdParams,
      response: Guide,
      problems: [404],
      handle: ({ actor, params }) => getGuide(deps, actor, params.id),
    }),
    defineRoute({
      method: 'put',
      path: '/api/guides/:id',
      tag: TAG,
      summary: 'Change a guide',
      description: 'Its author while it is a draft or waiting to be published; the digital team at any time.',
      access: 'signed-in',
      params: GuideIdParams,
      body: GuideBody,
      response: Guide,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => updateGuide(deps, actor, params.id, body),
    }),
    move('submit', 'Submit a draft for publishing', 'Its author only.', submitGuide),
    move('publish', 'Publish a guide', 'Digital team only; a draft or a submitted guide.', publishGuide),
    defineRoute({
      method: 'post',
      path: '/api/guides/:id/return',
      tag: TAG,
      summary: 'Send a submitted guide back to its author, saying what to change',
      description: 'Digital team only.',
      access: 'signed-in',
      params: GuideIdParams,
      body: ReturnGuideBody,
      response: Guide,
      problems: [403, 404, 409],
      handle: ({ actor, params, body }) => returnGuide(deps, actor, params.id, body),
    }),
    move('archive', 'Archive a guide, so nobody is offered it', 'Digital team only.', archiveGuide),
  ];
}
