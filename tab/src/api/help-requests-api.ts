import {
  CategorySuggestion,
  ChampionQueue,
  HelpRequest,
  HelpRequestPage,
  HelpRequestSettings,
  TeamChannelChoices,
  type CreateHelpRequestBody,
  type RateHelpRequestBody,
  type ResolveHelpRequestBody,
} from '../../../api/src/contracts/help-requests';
import type { ApiClient } from './api-client';

/** Help requests: asking a champion, following one's own requests, and a champion's queue. */

const requestPath = (id: string, action?: string) => `/api/help-requests/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export function askForHelp(client: ApiClient, body: CreateHelpRequestBody): Promise<HelpRequest> {
  return client.json(HelpRequest, '/api/help-requests', { method: 'POST', body: { json: body } });
}

export function listMyHelpRequests(client: ApiClient, signal?: AbortSignal): Promise<HelpRequestPage> {
  return client.json(HelpRequestPage, '/api/help-requests/mine', { signal });
}

export function getChampionQueue(client: ApiClient, signal?: AbortSignal): Promise<ChampionQueue> {
  return client.json(ChampionQueue, '/api/help-requests/queue', { signal });
}

export function suggestCategory(client: ApiClient, text: string, signal?: AbortSignal): Promise<CategorySuggestion> {
  return client.json(CategorySuggestion, '/api/help-requests/suggest-category', { query: { text }, signal });
}

export function getHelpRequest(client: ApiClient, id: string, signal?: AbortSignal): Promise<HelpRequest> {
  return client.json(HelpRequest, requestPath(id), { signal });
}

export function acceptHelpRequest(client: ApiClient, id: string): Promise<HelpRequest> {
  return client.json(HelpRequest, requestPath(id, 'accept'), { method: 'POST' });
}

export function passHelpRequest(client: ApiClient, id: string): Promise<HelpRequest> {
  return client.json(HelpRequest, requestPath(id, 'pass'), { method: 'POST' });
}

export function cancelHelpRequest(client: ApiClient, id: string): Promise<HelpRequest> {
  return client.json(HelpRequest, requestPath(id, 'cancel'), { method: 'POST' });
}

export function resolveHelpRequest(client: ApiClient, id: string, body: ResolveHelpRequestBody): Promise<HelpRequest> {
  return client.json(HelpRequest, requestPath(id, 'resolve'), { method: 'POST', body: { json: body } });
}

export function rateHelpRequest(client: ApiClient, id: string, body: RateHelpRequestBody): Promise<HelpRequest> {
  return client.json(HelpRequest, requestPath(id, 'rate'), { method: 'POST', body: { json: body } });
}

export function getHelpRequestSettings(client: ApiClient, signal?: AbortSignal): Promise<HelpRequestSettings> {
  return client.json(HelpRequestSettings, '/api/help-requests/settings', { signal });
}

export function saveHelpRequestSettings(client: ApiClient, settings: HelpRequestSettings): Promise<HelpRequestSettings> {
  return client.json(HelpRequestSettings, '/api/help-requests/settings', { method: 'PUT', body: { json: settings } });
}

export function listTeamChannels(client: ApiClient, signal?: AbortSignal): Promise<TeamChannelChoices> {
  return client.json(TeamChannelChoices, '/api/help-requests/settings/channels', { signal });
}
