import type { ProjectDetail } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import { requireCurator } from './project-access.js';
import type { ProjectDeps } from './project-deps.js';
import { projectDetail, requireProject } from './project-dto.js';

/** The digital team takes someone off a project. Someone who was not in it is not in it afterwards either. */
export async function removeProjectMember(deps: ProjectDeps, actor: Actor, projectId: string, personId: string): Promise<ProjectDetail> {
  requireCurator(actor, 'change who is in a project');
  await requireProject(deps, projectId, actor);
  await deps.projects.removeMember(projectId, personId, deps.clock.now());
  return projectDetail(deps, actor, projectId);
}
