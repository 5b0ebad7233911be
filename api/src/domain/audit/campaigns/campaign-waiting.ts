import type { WaitingItem } from '../../../contracts/me.js';
import type { WaitingProvider } from '../../directory/get-me.js';
import { hasRole, type Actor } from '../../shared/actor.js';
import { longDate } from '../open-campaign.js';
import type { CampaignRepository } from './campaign-repository.js';

/** HR's running campaigns on Home, each with how far it has got and a link to follow it. */
export function campaignWaiting(campaigns: Pick<CampaignRepository, 'list'>): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    if (!hasRole(actor, 'hr')) return [];
    const running = (await campaigns.list()).filter((campaign) => campaign.status === 'launched');
    return running.map((campaign) => {
      const share = campaign.members === 0 ? 0 : Math.round((100 * campaign.submitted) / campaign.members);
      return {
        id: `campaign-${campaign.id}`,
        title: `${campaign.name}: ${campaign.submitted} of ${campaign.members} submitted (${share}%)`,
        detail: `Open until ${longDate(campaign.closesOn)}. Follow the invitations and reminders, and see who the bot could not reach.`,
        href: `/audit/campaigns/progress?id=${encodeURIComponent(campaign.id)}`,
      };
    });
  };
}
