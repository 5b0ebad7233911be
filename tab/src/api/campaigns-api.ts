import {
  Campaign,
  CampaignList,
  CampaignProgress,
  PopulationOptions,
  type CampaignInput,
} from '../../../api/src/contracts/audit-campaigns';
import type { ApiClient } from './api-client';

/** HR's audit campaigns: the calls the campaign pages make. */

export function listCampaigns(client: ApiClient, signal?: AbortSignal): Promise<CampaignList> {
  return client.json(CampaignList, '/api/audit/campaigns', { signal });
}

export function createCampaign(client: ApiClient, input: CampaignInput): Promise<Campaign> {
  return client.json(Campaign, '/api/audit/campaigns', { method: 'POST', body: { json: input } });
}

export function getPopulationOptions(client: ApiClient, signal?: AbortSignal): Promise<PopulationOptions> {
  return client.json(PopulationOptions, '/api/audit/population-options', { signal });
}

export function getCampaignProgress(client: ApiClient, id: string, signal?: AbortSignal): Promise<CampaignProgress> {
  return client.json(CampaignProgress, `/api/audit/campaigns/${encodeURIComponent(id)}/progress`, { signal });
}

export function launchCampaign(client: ApiClient, id: string): Promise<Campaign> {
  return client.json(Campaign, `/api/audit/campaigns/${encodeURIComponent(id)}/launch`, { method: 'POST' });
}

export function closeCampaign(client: ApiClient, id: string): Promise<Campaign> {
  return client.json(Campaign, `/api/audit/campaigns/${encodeURIComponent(id)}/close`, { method: 'POST' });
}
