import { z } from 'zod';
import {
  ProjectDetail,
  ProjectFollowing,
  ProjectIdParams,
  ProjectMemberBody,
  ProjectMemberParams,
  ProjectPage,
  ProjectQuery,
  ProjectServiceList,
} from '../../contracts/projects.js';
import { createProject } from '../../domain/projects/create-project.js';
import { followProject, unfollowProject } from '../../domain/projects/follow-project.js';
import { getProject } from '../../domain/projects/get-project.js';
import { listProjectServices } from '../../domain/projects/list-project-services.js';
import { listProjects } from '../../domain/projects/list-projects.js';
import type { ProjectDeps } from '../../domain/projects/project-deps.js';
import { removeProjectMember } from '../../domain/projects/remove-project-member.js';
import { setProjectMember } from '../../domain/projects/set-project-member.js';
import { updateProject } from '../../domain/projects/update-project.js';
import { defineRoute } from '../route.js';

const TAG = 'Digital projects register';

/** Checked by the use case, so that shape and rules (dates, service, sponsor) come back together as one 422. */
const NewProjectBody = z.unknown().meta({
  description: 'A ProjectInput: the sponsor must be a person who has not left, the service must exist, and endsOn must not be before startsOn',
  allOf: [{ $ref: '#/components/schemas/ProjectInput' }],
});
const ProjectChangesBody = z.unknown().meta({
  description: 'A ProjectChanges: only the fields sent change, checked as for a new project',
  allOf: [{ $ref: '#/components/schemas/ProjectChanges' }],
});

export function projectRoutes(deps: ProjectDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/projects',
      tag: TAG,
      summary: 'The digital projects register, by name',
      description: 'Anyone signed in. Search by words in the name or summary; filter by service, stage, status (RAG) and the projects I follow.',
      access: 'signed-in',
      query: ProjectQuery,
      response: ProjectPage,
      handle: ({ actor, query }) => listProjects(deps, actor, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/projects',
      tag: TAG,
      summary: 'Add a project to the register',
      description: 'The digital team only. A name another project has, whatever the capitals, is refused with 409.',
      access: 'signed-in',
      body: NewProjectBody,
      response: ProjectDetail,
      problems: [403, 409, 422],
      handle: ({ actor, body }) => createProject(deps, actor, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/projects/services',
      tag: TAG,
      summary: 'The services a project can belong to',
      access: 'signed-in',
      response: ProjectServiceList,
      handle: () => listProjectServices(deps),
    }),
    defineRoute({
      method: 'get',
      path: '/api/projects/:projectId',
      tag: TAG,
      summary: 'One project, with its members and digital implications',
      description: 'Anyone signed in. Everyone sees how many follow it; only the digital team sees who.',
      access: 'signed-in',
      params: ProjectIdParams,
      response: ProjectDetail,
      problems: [404],
      handle: ({ actor, params }) => getProject(deps, actor, params.projectId),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/projects/:projectId',
      tag: TAG,
      summary: 'Change a project',
      description: 'The digital team only. When its last update was published is set by publishing, not here.',
      access: 'signed-in',
      params: ProjectIdParams,
      body: ProjectChangesBody,
      response: ProjectDetail,
      problems: [403, 404, 409, 422],
      handle: ({ actor, params, body }) => updateProject(deps, actor, params.projectId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/projects/:projectId/members/:personId',
      tag: TAG,
      summary: 'Add someone to a project, or change their role in it',
      description: 'The digital team only. The person must not have left the council.',
      access: 'signed-in',
      params: ProjectMemberParams,
      body: ProjectMemberBody,
      response: ProjectDetail,
      problems: [403, 404, 422],
      handle: ({ actor, params, body }) => setProjectMember(deps, actor, params.projectId, params.personId, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/projects/:projectId/members/:personId',
      tag: TAG,
      summary: 'Take someone off a project',
      description: 'The digital team only. Taking off someone who is not in it changes nothing.',
      access: 'signed-in',
      params: ProjectMemberParams,
      response: ProjectDetail,
      problems: [403, 404],
      handle: ({ actor, params }) => removeProjectMember(deps, actor, params.projectId, params.personId),
    }),
    defineRoute({
      method: 'put',
      path: '/api/projects/:projectId/follow',
      tag: TAG,
      summary: 'Follow a project',
      description: 'Anyone signed in, as themselves. Followers are told when an update about it is published. Following twice is following once.',
      access: 'signed-in',
      params: ProjectIdParams,
      response: ProjectFollowing,
      problems: [404],
      handle: ({ actor, params }) => followProject(deps, actor, params.projectId),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/projects/:projectId/follow',
      tag: TAG,
      summary: 'Stop following a project',
      access: 'signed-in',
      params: ProjectIdParams,
      response: ProjectFollowing,
      problems: [404],
      handle: ({ actor, params }) => unfollowProject(deps, actor, params.projectId),
    }),
  ];
}
