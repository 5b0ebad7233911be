import type { TeamAuditCompletion } from '../../../contracts/team-objectives.js';
import { campaignRef } from '../../audit/open-campaign.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';
import type { TeamPeople } from './team-objective-repository.js';

/**
 * How far the people in view have got with the latest skills audit. A reporting line is
 * the skills audit's own team view, counted the same way; the council, or a service, is
 * counted by the objectives' repository.
 */
export async function teamAuditCompletion(deps: Pick<TeamObjectiveDeps, 'audit' | 'teamObjectives'>, people: TeamPeople): Promise<TeamAuditCompletion> {
  if (people.scope.kind === 'line' && !people.serviceId) {
    const managerId = people.scope.managerId;
    const campaign = await deps.audit.responses.latestCampaignForLine(managerId);
    if (!campaign) return { campaign: null, members: 0, submitted: 0, inProgress: 0, notStarted: 0 };
    const states = await deps.audit.responses.reportingLine(managerId, campaign.id);
    return {
      campaign: campaignRef(campaign),
      members: states.length,
      submitted: states.filter((state) => state.status === 'submitted').length,
      inProgress: states.filter((state) => state.status === 'draft').length,
      notStarted: states.filter((state) => state.status === null).length,
    };
  }
  const { campaign, ...counts } = await deps.teamObjectives.auditCompletion(people);
  return { campaign: campaign ? campaignRef(campaign) : null, ...counts };
}
