import type { ProjectDetail, ProjectMemberBody } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { requireCurator } from './project-access.js';
import type { ProjectDeps } from './project-deps.js';
import { projectDetail, requireProject } from './project-dto.js';

/** The digital team adds someone to a project, or changes what they do in it. Doing it twice is doing it once. */
export async function setProjectMember(deps: ProjectDeps, actor: Actor, projectId: string, personId: string, body: ProjectMemberBody): Promise<ProjectDetail> {
  requireCurator(actor, 'change who is in a project');
  await requireProject(deps, projectId, actor);
  const status = await deps.projects.personStatus(personId);
  if (status === undefined) throw AppError.validation([{ field: 'params.personId', message: 'is not a person in the directory' }]);
  if (status === 'leaver') throw AppError.validation([{ field: 'params.personId', message: 'has left the council, so cannot join a project' }]);
  const added = await deps.projects.setMember(projectId, personId, body.role, deps.clock.now());
  if (!added) throw AppError.notFound('That project');
  return projectDetail(deps, actor, projectId);
}
