import type { ProjectPage, ProjectQuery } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import type { ProjectDeps } from './project-deps.js';
import { toProjectDto } from './project-dto.js';

/** The register for anyone signed in: by name, searched and filtered, with whether I follow each. */
export async function listProjects(deps: ProjectDeps, actor: Actor, query: ProjectQuery): Promise<ProjectPage> {
  const filter = {
    text: query.q || undefined,
    serviceId: query.serviceId,
    stage: query.stage,
    rag: query.rag,
    followedBy: query.following ? actor.personId : undefined,
  };
  const page = await deps.projects.list(filter, actor.personId, { limit: query.limit, offset: query.offset });
  return { items: page.items.map(toProjectDto), total: page.total };
}
