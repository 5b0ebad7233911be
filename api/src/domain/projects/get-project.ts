import type { ProjectDetail } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import type { ProjectDeps } from './project-deps.js';
import { projectDetail } from './project-dto.js';

/** One project, for anyone signed in; its followers by name for the digital team only. */
export function getProject(deps: ProjectDeps, actor: Actor, projectId: string): Promise<ProjectDetail> {
  return projectDetail(deps, actor, projectId);
}
