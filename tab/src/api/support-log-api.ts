import {
  SupportLogPage,
  SupportSession,
  type SupportSessionInput,
  type SupportSessionKind,
} from '../../../api/src/contracts/support-log';
import type { ApiClient, PageRequest } from './api-client';

/** A champion's own support log. */

export interface SupportLogFilter {
  kind?: SupportSessionKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function getMySupportLog(client: ApiClient, filter: SupportLogFilter & PageRequest, signal?: AbortSignal): Promise<SupportLogPage> {
  return client.json(SupportLogPage, '/api/support-log', { query: { ...filter }, signal });
}

export function getAllSupportLog(
  client: ApiClient,
  filter: SupportLogFilter & PageRequest & { championId?: string | undefined; categoryKey?: string | undefined },
  signal?: AbortSignal,
): Promise<SupportLogPage> {
  return client.json(SupportLogPage, '/api/support-log/all', { query: { ...filter }, signal });
}

/** A SupportSessionInput, sent as the form has it (a box left empty is left out): the server names every problem. */
export function logSupportSession(client: ApiClient, input: Partial<SupportSessionInput>): Promise<SupportSession> {
  return client.json(SupportSession, '/api/support-log', { method: 'POST', body: { json: input } });
}

export function deleteSupportSession(client: ApiClient, id: string): Promise<void> {
  return client.noContent(`/api/support-log/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
