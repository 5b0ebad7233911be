import {
  ChampionList,
  ChampionProfile,
  ChampionProfileChoices,
  ChampionStatusChange,
  type ChampionProfileInput,
  type ChampionStatus,
} from '../../../api/src/contracts/champions';
import type { ApiClient } from './api-client';

/** Digital Champions: the calls the champions pages make. */

/** The moves the digital team (or the champion, for the last three) makes on a champion's record. */
export type ChampionAction = 'approve' | 'decline' | 'pause' | 'resume' | 'step-down';

export function listChampions(
  client: ApiClient,
  query: { status?: ChampionStatus | undefined; q?: string | undefined; limit?: number },
  signal?: AbortSignal,
): Promise<ChampionList> {
  return client.json(ChampionList, '/api/champions', { query: { status: query.status, q: query.q || undefined, limit: query.limit }, signal });
}

export function getMyChampionRecord(client: ApiClient, signal?: AbortSignal): Promise<ChampionProfile> {
  return client.json(ChampionProfile, '/api/champions/me', { signal });
}

export function getProfileChoices(client: ApiClient, signal?: AbortSignal): Promise<ChampionProfileChoices> {
  return client.json(ChampionProfileChoices, '/api/champions/profile-choices', { signal });
}

export function volunteer(client: ApiClient, note?: string): Promise<ChampionStatusChange> {
  return client.json(ChampionStatusChange, '/api/champions/volunteer', { method: 'POST', body: { json: note ? { note } : {} } });
}

export function inviteChampion(client: ApiClient, personId: string, note?: string): Promise<ChampionStatusChange> {
  return client.json(ChampionStatusChange, '/api/champions/invite', { method: 'POST', body: { json: note ? { personId, note } : { personId } } });
}

export function answerInvitation(client: ApiClient, accept: boolean): Promise<ChampionStatusChange> {
  return client.json(ChampionStatusChange, '/api/champions/me/invitation', { method: 'POST', body: { json: { accept } } });
}

export function changeChampionStatus(client: ApiClient, personId: string, action: ChampionAction, note?: string): Promise<ChampionStatusChange> {
  return client.json(ChampionStatusChange, `/api/champions/${encodeURIComponent(personId)}/${action}`, {
    method: 'POST',
    body: { json: note ? { note } : {} },
  });
}

export function updateMyProfile(client: ApiClient, input: ChampionProfileInput): Promise<ChampionProfile> {
  return client.json(ChampionProfile, '/api/champions/me/profile', { method: 'PUT', body: { json: input } });
}
