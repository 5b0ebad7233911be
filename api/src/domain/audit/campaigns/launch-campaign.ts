import type { Campaign } from '../../../contracts/audit-campaigns.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { councilDate } from '../campaign-window.js';
import type { CampaignDeps } from './campaign-deps.js';
import { requireCampaignRunner, scheduleOf, toCampaignDto } from './campaign-dto.js';
import { firstAttemptAt, invitationDay } from './plan-campaign-messages.js';

/**
 * Fixes who is in the campaign (the population as it is today) and queues one invitation
 * for each of them, due on the opening day; the sending jobs take it from there.
 */
export async function launchCampaign(deps: CampaignDeps, actor: Actor, id: string): Promise<Campaign> {
  requireCampaignRunner(actor, 'launch audit campaigns');
  const campaign = await deps.campaigns.find(id);
  if (!campaign) throw AppError.notFound('The campaign');
  if (campaign.status !== 'draft') {
    throw new AppError('conflict', `${campaign.name} has already been ${campaign.status}; a campaign is launched once.`);
  }
  const now = deps.clock.now();
  const today = councilDate(now);
  if (campaign.closesOn < today) {
    throw new AppError('conflict', `${campaign.name} closed on ${campaign.closesOn}; a campaign whose closing date has passed cannot be launched.`);
  }

  const invitedOn = invitationDay({ ...scheduleOf(campaign), launchedOn: today });
  const result = await deps.campaigns.launch(id, { by: actor.personId, at: now, invitationAt: firstAttemptAt(invitedOn, now) }, (members) => ({
    actorPersonId: actor.personId,
    action: 'update',
    resource: 'audit-campaign',
    details: { campaignId: id, change: 'launched', members },
  }));
  if (result.kind === 'not-draft') throw new AppError('conflict', `${campaign.name} has already been launched; a campaign is launched once.`);
  if (result.kind === 'nobody') {
    throw new AppError('conflict', `Nobody active in the directory is in ${campaign.name}’s population any more, so it was not launched.`);
  }

  deps.sending.kick();

  const [record, places] = await Promise.all([deps.campaigns.find(id), deps.campaigns.placeNames()]);
  if (!record) throw AppError.notFound('The campaign');
  return toCampaignDto(record, places, now);
}
