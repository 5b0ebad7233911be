import type { Campaign } from '../../../contracts/audit-campaigns.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import type { CampaignDeps } from './campaign-deps.js';
import { requireCampaignRunner, toCampaignDto } from './campaign-dto.js';

/** Ends a launched campaign before its closing date: no more answers, no more messages. */
export async function closeCampaign(deps: CampaignDeps, actor: Actor, id: string): Promise<Campaign> {
  requireCampaignRunner(actor, 'close audit campaigns');
  const campaign = await deps.campaigns.find(id);
  if (!campaign) throw AppError.notFound('The campaign');
  if (campaign.status === 'draft') throw new AppError('conflict', `${campaign.name} has not been launched, so there is nothing to close.`);
  if (campaign.status === 'closed') throw new AppError('conflict', `${campaign.name} is already closed.`);

  const now = deps.clock.now();
  const result = await deps.campaigns.close(id, now, (messagesNotSent) => ({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'audit-campaign',
    details: { campaignId: id, change: 'closed', messagesNotSent },
  }));
  if (result.kind === 'not-launched') throw new AppError('conflict', `${campaign.name} is already closed.`);

  const [record, places] = await Promise.all([deps.campaigns.find(id), deps.campaigns.placeNames()]);
  if (!record) throw AppError.notFound('The campaign');
  return toCampaignDto(record, places, now);
}
