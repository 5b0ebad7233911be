import type { Project, ProjectDetail } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import { canCurate } from './project-access.js';
import type { ProjectDeps } from './project-deps.js';
import type { ProjectRecord } from './project-repository.js';

export function toProjectDto(record: ProjectRecord): Project {
  return {
    id: record.id,
    name: record.name,
    summary: record.summary,
    service: record.service,
    sponsor: record.sponsor,
    stage: record.stage,
    rag: record.rag,
    startsOn: record.startsOn,
    endsOn: record.endsOn,
    memberCount: record.memberCount,
    followerCount: record.followerCount,
    followedByMe: record.followedByViewer,
    lastUpdatePublishedAt: record.lastUpdatePublishedAt?.toISOString() ?? null,
    updatedAt: record.updatedAt.toISOString(),
  };
}

export async function requireProject(deps: ProjectDeps, id: string, actor: Actor): Promise<ProjectRecord> {
  const record = await deps.projects.find(id, actor.personId);
  if (!record) throw AppError.notFound('That project');
  return record;
}

/**
 * A project with its members. Who follows it is for the digital team, who curate the
 * register and will send its updates; everyone else sees only how many follow it.
 */
export async function projectDetail(deps: ProjectDeps, actor: Actor, id: string): Promise<ProjectDetail> {
  const record = await requireProject(deps, id, actor);
  const curator = canCurate(actor);
  const [members, followers, linkedObjectiveCount] = await Promise.all([
    deps.projects.members(id),
    curator ? deps.projects.followers(id) : Promise.resolve(null),
    deps.projects.countLinkedObjectives(id),
  ]);
  return {
    ...toProjectDto(record),
    digitalImplications: record.digitalImplications,
    members: members.map((member) => ({ person: member.person, role: member.role, addedAt: member.addedAt.toISOString() })),
    followers,
    linkedObjectiveCount,
    canCurate: curator,
    createdAt: record.createdAt.toISOString(),
  };
}
