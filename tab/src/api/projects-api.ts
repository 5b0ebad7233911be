import {
  ProjectDetail,
  ProjectFollowing,
  ProjectPage,
  ProjectServiceList,
  type ProjectChanges,
  type ProjectInput,
  type ProjectRag,
  type ProjectStage,
} from '../../../api/src/contracts/projects';
import type { ApiClient, PageRequest } from './api-client';

/** The digital projects register: browsing and following for everyone, curating for the digital team. */

export interface ProjectSearch extends PageRequest {
  q?: string | undefined;
  serviceId?: string | undefined;
  stage?: ProjectStage | undefined;
  rag?: ProjectRag | undefined;
  /** Only projects I follow. */
  following?: boolean | undefined;
}

const path = (id: string, rest = '') => `/api/projects/${encodeURIComponent(id)}${rest}`;

export function findProjects(client: ApiClient, search: ProjectSearch, signal?: AbortSignal): Promise<ProjectPage> {
  const { following, q, ...rest } = search;
  return client.json(ProjectPage, '/api/projects', { query: { ...rest, q: q?.trim() || undefined, following: following ? 'true' : undefined }, signal });
}

export function getProjectServices(client: ApiClient, signal?: AbortSignal): Promise<ProjectServiceList> {
  return client.json(ProjectServiceList, '/api/projects/services', { signal });
}

export function getProject(client: ApiClient, id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return client.json(ProjectDetail, path(id), { signal });
}

/** A ProjectInput as the form has it: the server names every problem, so nothing is checked here first. */
export function createProject(client: ApiClient, input: Partial<ProjectInput>): Promise<ProjectDetail> {
  return client.json(ProjectDetail, '/api/projects', { method: 'POST', body: { json: input } });
}

export function updateProject(client: ApiClient, id: string, changes: ProjectChanges): Promise<ProjectDetail> {
  return client.json(ProjectDetail, path(id), { method: 'PATCH', body: { json: changes } });
}

export function setProjectMember(client: ApiClient, id: string, personId: string, role: string): Promise<ProjectDetail> {
  return client.json(ProjectDetail, path(id, `/members/${encodeURIComponent(personId)}`), { method: 'PUT', body: { json: { role } } });
}

export function removeProjectMember(client: ApiClient, id: string, personId: string): Promise<ProjectDetail> {
  return client.json(ProjectDetail, path(id, `/members/${encodeURIComponent(personId)}`), { method: 'DELETE' });
}

export function followProject(client: ApiClient, id: string): Promise<ProjectFollowing> {
  return client.json(ProjectFollowing, path(id, '/follow'), { method: 'PUT' });
}

export function unfollowProject(client: ApiClient, id: string): Promise<ProjectFollowing> {
  return client.json(ProjectFollowing, path(id, '/follow'), { method: 'DELETE' });
}
