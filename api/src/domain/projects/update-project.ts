import type { ProjectDetail } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { requireCurator } from './project-access.js';
import type { ProjectDeps } from './project-deps.js';
import { projectDetail, requireProject } from './project-dto.js';
import { checkProjectChanges, nameTaken, requireFreeName } from './project-input-rules.js';

/**
 * The digital team changes a project: its stage and status as it goes, its dates, its
 * sponsor. When its last update was published is not theirs to set: publishing sets it.
 */
export async function updateProject(deps: ProjectDeps, actor: Actor, id: string, body: unknown): Promise<ProjectDetail> {
  requireCurator(actor, 'change projects in the register');
  const current = await requireProject(deps, id, actor);
  const changes = await checkProjectChanges(deps, body, current);
  if (changes.name !== undefined) await requireFreeName(deps, changes.name, id);
  if (Object.keys(changes).length > 0) {
    const result = await deps.projects.update(id, changes, deps.clock.now());
    if (result.kind === 'name-taken') throw nameTaken(result.name);
    if (result.kind === 'not-found') throw AppError.notFound('That project');
  }
  return projectDetail(deps, actor, id);
}
