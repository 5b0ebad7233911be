import {
  LearningResource,
  LearningResourcePage,
  type LearningResourceInput,
} from '../../../api/src/contracts/learning-resources';
import type { ApiClient } from './api-client';

/** The resource library that learning plans draw on. */

export interface ResourceSearch {
  q?: string | undefined;
  statementKey?: string | undefined;
  categoryKey?: string | undefined;
  includeArchived?: boolean | undefined;
  limit: number;
  offset: number;
}

export function searchLearningResources(client: ApiClient, search: ResourceSearch, signal?: AbortSignal): Promise<LearningResourcePage> {
  return client.json(LearningResourcePage, '/api/learning-resources', {
    query: { ...search, q: search.q?.trim() || undefined, includeArchived: search.includeArchived || undefined },
    signal,
  });
}

export function createLearningResource(client: ApiClient, input: LearningResourceInput): Promise<LearningResource> {
  return client.json(LearningResource, '/api/learning-resources', { method: 'POST', body: { json: input } });
}

export function updateLearningResource(client: ApiClient, id: string, input: LearningResourceInput): Promise<LearningResource> {
  return client.json(LearningResource, `/api/learning-resources/${encodeURIComponent(id)}`, { method: 'PUT', body: { json: input } });
}

export function setLearningResourceArchived(client: ApiClient, id: string, archived: boolean): Promise<LearningResource> {
  const action = archived ? 'archive' : 'restore';
  return client.json(LearningResource, `/api/learning-resources/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
}
