import { PeoplePage } from '../../../api/src/contracts/people';
import { RetentionSettings } from '../../../api/src/contracts/privacy';
import type { ApiClient } from './api-client';

export type PersonalDataFormat = 'html' | 'json';

/** Everything the hub holds about the person signed in, as a file to save. */
export async function downloadMyData(client: ApiClient, format: PersonalDataFormat): Promise<{ blob: Blob; fileName: string }> {
  const { blob, fileName } = await client.download('/api/me/data', { query: { format } });
  return { blob, fileName: fileName ?? `digital-culture-hub-data.${format}` };
}

/** Leavers HR may still download the data of, or erase, a page at a time. */
export function searchLeavers(client: ApiClient, search: { q?: string; limit: number; offset: number }, signal?: AbortSignal): Promise<PeoplePage> {
  return client.json(PeoplePage, '/api/leavers', { query: { ...search, q: search.q?.trim() || undefined }, signal });
}

/** A leaver's data, for HR answering a request made on paper. */
export async function downloadPersonData(client: ApiClient, personId: string): Promise<{ blob: Blob; fileName: string }> {
  const { blob, fileName } = await client.download(`/api/people/${personId}/data`, { query: { format: 'html' } });
  return { blob, fileName: fileName ?? 'digital-culture-hub-data.html' };
}

export function erasePerson(client: ApiClient, personId: string, confirmName: string): Promise<void> {
  return client.noContent(`/api/people/${personId}/erasure`, { method: 'POST', body: { json: { confirmName } } });
}

export function getRetentionSettings(client: ApiClient, signal?: AbortSignal): Promise<RetentionSettings> {
  return client.json(RetentionSettings, '/api/retention-settings', { signal });
}
