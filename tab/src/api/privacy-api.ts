import type { ApiClient } from './api-client';

export type PersonalDataFormat = 'html' | 'json';

/** Everything the hub holds about the person signed in, as a file to save. */
export async function downloadMyData(client: ApiClient, format: PersonalDataFormat): Promise<{ blob: Blob; fileName: string }> {
  const { blob, fileName } = await client.download('/api/me/data', { query: { format } });
  return { blob, fileName: fileName ?? `digital-culture-hub-data.${format}` };
}
