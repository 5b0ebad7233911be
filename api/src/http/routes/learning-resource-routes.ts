import { z } from 'zod';
import { LearningResource, LearningResourcePage, LearningResourceQuery, ResourceIdParams } from '../../contracts/learning-resources.js';
import {
  createLearningResource,
  listLearningResources,
  setLearningResourceArchived,
  updateLearningResource,
  type LearningResourceDeps,
} from '../../domain/audit/learning-resources.js';
import { defineRoute } from '../route.js';

/**
 * The body is checked by the use case so that shape problems and unknown framework keys
 * come back together as one 422 naming each field. The OpenAPI document still shows the
 * LearningResourceInput schema.
 */
const ResourceBody = z.unknown().meta({
  description: 'A LearningResourceInput; statementKeys and categoryKeys must exist in the current framework',
  allOf: [{ $ref: '#/components/schemas/LearningResourceInput' }],
});

export function learningResourceRoutes(deps: LearningResourceDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/learning-resources',
      tag: 'Learning resources',
      summary: 'Find guides, courses, videos and drop-ins',
      description: '`includeArchived` is honoured for the digital team and HR only.',
      access: 'signed-in',
      query: LearningResourceQuery,
      response: LearningResourcePage,
      handle: ({ actor, query }) => listLearningResources(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/learning-resources',
      tag: 'Learning resources',
      summary: 'Add a resource to the library',
      description: 'Digital team and HR only.',
      access: 'signed-in',
      body: ResourceBody,
      response: LearningResource,
      problems: [403, 422],
      handle: ({ actor, body }) => createLearningResource(deps, actor, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/learning-resources/:id',
      tag: 'Learning resources',
      summary: 'Change a resource',
      description: 'Digital team and HR only.',
      access: 'signed-in',
      params: ResourceIdParams,
      body: ResourceBody,
      response: LearningResource,
      problems: [403, 404, 422],
      handle: ({ actor, params, body }) => updateLearningResource(deps, actor, params.id, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/learning-resources/:id/archive',
      tag: 'Learning resources',
      summary: 'Stop offering a resource, keeping it for later',
      description: 'Digital team and HR only.',
      access: 'signed-in',
      params: ResourceIdParams,
      response: LearningResource,
      problems: [403, 404],
      handle: ({ actor, params }) => setLearningResourceArchived(deps, actor, params.id, true),
    }),
    defineRoute({
      method: 'post',
      path: '/api/learning-resources/:id/restore',
      tag: 'Learning resources',
      summary: 'Offer an archived resource again',
      description: 'Digital team and HR only.',
      access: 'signed-in',
      params: ResourceIdParams,
      response: LearningResource,
      problems: [403, 404],
      handle: ({ actor, params }) => setLearningResourceArchived(deps, actor, params.id, false),
    }),
  ];
}
