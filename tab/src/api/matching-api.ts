import { LatestMatchRun, MatchRun, MyMatch, MyMatching, type OptInBody, type RunMatchingBody } from '../../../api/src/contracts/matching';
import type { ApiClient } from './api-client';

/** Matching learners with Digital Champions: the calls the matching pages make. */

export function getMyMatching(client: ApiClient, signal?: AbortSignal): Promise<MyMatching> {
  return client.json(MyMatching, '/api/matching/me', { signal });
}

export function optInToMatching(client: ApiClient, body: OptInBody): Promise<MyMatching> {
  return client.json(MyMatching, '/api/matching/opt-in', { method: 'PUT', body: { json: body } });
}

export function withdrawFromMatching(client: ApiClient): Promise<MyMatching> {
  return client.json(MyMatching, '/api/matching/opt-in', { method: 'DELETE' });
}

export function declineMatch(client: ApiClient, matchId: string): Promise<MyMatch> {
  return client.json(MyMatch, `/api/matching/matches/${encodeURIComponent(matchId)}/decline`, { method: 'POST' });
}

export function getLatestMatchRun(client: ApiClient, signal?: AbortSignal): Promise<LatestMatchRun> {
  return client.json(LatestMatchRun, '/api/matching/runs/latest', { signal });
}

export function runMatching(client: ApiClient, body: RunMatchingBody = {}): Promise<MatchRun> {
  return client.json(MatchRun, '/api/matching/runs', { method: 'POST', body: { json: body } });
}
