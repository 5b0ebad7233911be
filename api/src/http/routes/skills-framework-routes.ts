import { z } from 'zod';
import {
  FrameworkChange,
  FrameworkDocument,
  FrameworkExportQuery,
  FrameworkVersion,
  FrameworkVersionList,
  FrameworkVersionParams,
  SaveFrameworkQuery,
} from '../../contracts/skills-framework.js';
import {
  exportFramework,
  getCurrentFramework,
  getFrameworkVersion,
  listFrameworkVersions,
  type FrameworkQueryDeps,
} from '../../domain/audit/framework-queries.js';
import { saveFramework, type SaveFrameworkDeps } from '../../domain/audit/save-framework.js';
import { defineRoute } from '../route.js';

/**
 * The document is checked by the use case, not by the router, so that every problem comes
 * back at once as a 422 with paths such as `body.categories[1].statements[0].text`. The
 * OpenAPI document still shows the FrameworkDocument schema.
 */
const FrameworkDocumentBody = z.unknown().meta({
  description: 'A FrameworkDocument; checked in full, with every problem listed by its path',
  allOf: [{ $ref: '#/components/schemas/FrameworkDocument' }],
});

export function skillsFrameworkRoutes(deps: FrameworkQueryDeps & SaveFrameworkDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit/framework',
      tag: 'Skills framework',
      summary: 'The current skills framework',
      description: 'The version new audits use, with its categories and statements in order. Anyone signed in.',
      access: 'signed-in',
      response: FrameworkVersion,
      problems: [404],
      handle: ({ actor }) => getCurrentFramework(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/framework/versions',
      tag: 'Skills framework',
      summary: 'Every version of the skills framework, newest first',
      access: 'signed-in',
      response: FrameworkVersionList,
      problems: [403],
      handle: ({ actor }) => listFrameworkVersions(deps, actor),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/framework/versions/:version',
      tag: 'Skills framework',
      summary: 'One version of the skills framework',
      access: 'signed-in',
      params: FrameworkVersionParams,
      response: FrameworkVersion,
      problems: [403, 404],
      handle: ({ actor, params }) => getFrameworkVersion(deps, actor, params.version),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/framework/export',
      tag: 'Skills framework',
      summary: 'Download a version of the framework as a JSON document',
      description: 'The document is exactly what `POST /api/audit/framework/versions` accepts. HR only.',
      access: 'signed-in',
      query: FrameworkExportQuery,
      response: FrameworkDocument,
      problems: [403, 404],
      handle: async ({ actor, query, res }) => {
        const { fileName, document } = await exportFramework(deps, actor, query.version);
        res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
        return document;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/audit/framework/versions',
      tag: 'Skills framework',
      summary: 'Check or save a framework document as the next version',
      description:
        'With `dryRun=true`, reports what would change and saves nothing. A document identical to the current version saves nothing. HR only.',
      access: 'signed-in',
      query: SaveFrameworkQuery,
      body: FrameworkDocumentBody,
      response: FrameworkChange,
      problems: [403, 422],
      handle: ({ actor, query, body }) => saveFramework(deps, actor, body, { dryRun: query.dryRun }),
    }),
  ];
}
