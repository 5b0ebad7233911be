import { createProjectRepository } from '../db/project-repository.js';
import type { ProjectDeps } from '../domain/projects/project-deps.js';
import { projectRoutes } from '../http/routes/project-routes.js';
import type { CapabilityInput, CapabilityParts } from './capability-parts.js';

/** The digital projects register: curated by the digital team, browsed and followed by anyone. */
export function projectRegisterParts(input: CapabilityInput): CapabilityParts {
  const deps: ProjectDeps = { projects: createProjectRepository(input.db), clock: input.clock };
  return { routes: projectRoutes(deps) };
}
