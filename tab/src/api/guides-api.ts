import {
  Guide,
  GuideList,
  GuidePage,
  GuidePreview,
  type GuideInput,
} from '../../../api/src/contracts/guides';
import type { ApiClient } from './api-client';

/** How-to guides: finding published ones, writing drafts, and the digital team's publishing. */

export interface GuideSearch {
  q?: string | undefined;
  categoryKey?: string | undefined;
  limit: number;
  offset: number;
}

const path = (id: string, action?: string) => `/api/guides/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export function searchGuides(client: ApiClient, search: GuideSearch, signal?: AbortSignal): Promise<GuidePage> {
  return client.json(GuidePage, '/api/guides', { query: { ...search, q: search.q?.trim() || undefined }, signal });
}

export function getMyGuides(client: ApiClient, signal?: AbortSignal): Promise<GuideList> {
  return client.json(GuideList, '/api/guides/mine', { signal });
}

export function getGuidesWaiting(client: ApiClient, signal?: AbortSignal): Promise<GuideList> {
  return client.json(GuideList, '/api/guides/waiting', { signal });
}

export function getGuidesForSkills(client: ApiClient, keys: { categoryKeys: string[]; statementKeys: string[] }, signal?: AbortSignal): Promise<GuideList> {
  return client.json(GuideList, '/api/guides/for-skills', {
    query: { categoryKeys: keys.categoryKeys.join(',') || undefined, statementKeys: keys.statementKeys.join(',') || undefined },
    signal,
  });
}

export function getGuide(client: ApiClient, id: string, signal?: AbortSignal): Promise<Guide> {
  return client.json(Guide, path(id), { signal });
}

export function createGuide(client: ApiClient, input: GuideInput): Promise<Guide> {
  return client.json(Guide, '/api/guides', { method: 'POST', body: { json: input } });
}

export function updateGuide(client: ApiClient, id: string, input: GuideInput): Promise<Guide> {
  return client.json(Guide, path(id), { method: 'PUT', body: { json: input } });
}

export function moveGuide(client: ApiClient, id: string, action: 'submit' | 'publish' | 'archive'): Promise<Guide> {
  return client.json(Guide, path(id, action), { method: 'POST' });
}

export function returnGuide(client: ApiClient, id: string, comment: string): Promise<Guide> {
  return client.json(Guide, path(id, 'return'), { method: 'POST', body: { json: { comment } } });
}

export function previewGuide(client: ApiClient, bodyMarkdown: string): Promise<GuidePreview> {
  return client.json(GuidePreview, '/api/guides/preview', { method: 'POST', body: { json: { bodyMarkdown } } });
}
