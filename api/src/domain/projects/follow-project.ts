import type { ProjectFollowing } from '../../contracts/projects.js';
import type { Actor } from '../shared/actor.js';
import type { ProjectDeps } from './project-deps.js';
import { requireProject } from './project-dto.js';

async function followingNow(deps: ProjectDeps, actor: Actor, projectId: string): Promise<ProjectFollowing> {
  const record = await requireProject(deps, projectId, actor);
  return { projectId, following: record.followedByViewer, followerCount: record.followerCount };
}

/**
 * Anyone signed in follows a project, always as themselves: followers are the people told
 * when an update about it is published. Following twice is following once.
 */
export async function followProject(deps: ProjectDeps, actor: Actor, projectId: string): Promise<ProjectFollowing> {
  await requireProject(deps, projectId, actor);
  await deps.projects.follow(projectId, actor.personId, deps.clock.now());
  return followingNow(deps, actor, projectId);
}

/** Stops following; someone who was not following is still not following, and that is no error. */
export async function unfollowProject(deps: ProjectDeps, actor: Actor, projectId: string): Promise<ProjectFollowing> {
  await requireProject(deps, projectId, actor);
  await deps.projects.unfollow(projectId, actor.personId);
  return followingNow(deps, actor, projectId);
}
