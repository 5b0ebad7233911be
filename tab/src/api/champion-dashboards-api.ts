import { ChampionDashboard, ChampionsOverview } from '../../../api/src/contracts/champion-dashboards';
import type { ApiClient } from './api-client';

/** The champions' dashboards: a champion's own, and the digital team's overview. */

export function getChampionDashboard(client: ApiClient, signal?: AbortSignal): Promise<ChampionDashboard> {
  return client.json(ChampionDashboard, '/api/champions/dashboard', { signal });
}

export function getChampionsOverview(client: ApiClient, days: number, signal?: AbortSignal): Promise<ChampionsOverview> {
  return client.json(ChampionsOverview, '/api/champions/overview', { query: { days }, signal });
}
