import type { ProjectDetail } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import { requireCurator } from './project-access.js';
import type { ProjectDeps } from './project-deps.js';
import { projectDetail } from './project-dto.js';
import { checkNewProject, nameTaken, requireFreeName } from './project-input-rules.js';

/** The digital team adds a project to the register, with the digital implications recorded at initiation. */
export async function createProject(deps: ProjectDeps, actor: Actor, body: unknown): Promise<ProjectDetail> {
  requireCurator(actor, 'add projects to the register');
  const fields = await checkNewProject(deps, body);
  await requireFreeName(deps, fields.name);
  const result = await deps.projects.create(fields, actor.personId, deps.clock.now());
  if (result.kind === 'name-taken') throw nameTaken(result.name);
  if (result.kind === 'not-found') throw new Error('A new project cannot be missing');
  return projectDetail(deps, actor, result.id);
}
