import type { Campaign, CampaignList, PopulationOptions } from '../../../contracts/audit-campaigns.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { CampaignDeps } from './campaign-deps.js';
import { requireCampaignRunner, toCampaignDto } from './campaign-dto.js';

type QueryDeps = Pick<CampaignDeps, 'campaigns' | 'clock'>;

/** Every campaign, newest first. */
export async function listCampaigns(deps: QueryDeps, actor: Actor): Promise<CampaignList> {
  requireCampaignRunner(actor, 'see audit campaigns');
  const [records, places] = await Promise.all([deps.campaigns.list(), deps.campaigns.placeNames()]);
  const now = deps.clock.now();
  return { items: records.map((record) => toCampaignDto(record, places, now)) };
}

export async function getCampaign(deps: QueryDeps, actor: Actor, id: string): Promise<Campaign> {
  requireCampaignRunner(actor, 'see audit campaigns');
  const [record, places] = await Promise.all([deps.campaigns.find(id), deps.campaigns.placeNames()]);
  if (!record) throw AppError.notFound('The campaign');
  return toCampaignDto(record, places, deps.clock.now());
}

/** The services and sites a campaign's population can be chosen from. */
export async function getPopulationOptions(deps: QueryDeps, actor: Actor): Promise<PopulationOptions> {
  requireCampaignRunner(actor, 'create audit campaigns');
  return deps.campaigns.populationOptions();
}
