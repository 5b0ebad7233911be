import type { ProjectServiceList } from '../../contracts/projects.js';
import type { ProjectDeps } from './project-deps.js';

/** The council's services by name: what a project can belong to, and what the register can be filtered by. */
export async function listProjectServices(deps: ProjectDeps): Promise<ProjectServiceList> {
  return { items: await deps.projects.services() };
}
