import type { TeamAudit, TeamAuditMember } from '../../contracts/skills-audit.js';
import { hasRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditDeps } from './audit-deps.js';
import type { CampaignFacts, TeamMemberState } from './audit-response-repository.js';
import { campaignRef } from './open-campaign.js';

function member(state: TeamMemberState, levelsVisible: boolean): TeamAuditMember {
  const shown = levelsVisible && state.status === 'submitted' && state.summary ? state.summary : null;
  return {
    person: state.person,
    direct: state.direct,
    status: state.status ?? 'not-started',
    submittedAt: state.submittedAt?.toISOString() ?? null,
    levels: shown ? shown.categories.map((category) => ({ key: category.key, title: category.title, level: category.level })) : null,
    basicSkillsMet: shown ? shown.basicSkills.met : null,
  };
}

async function chooseCampaign(deps: AuditDeps, actor: Actor, campaignId: string | undefined): Promise<CampaignFacts | undefined> {
  if (!campaignId) return deps.responses.latestCampaignForLine(actor.personId);
  const campaign = await deps.responses.findCampaign(campaignId);
  if (!campaign || campaign.status === 'draft') throw AppError.notFound('That campaign');
  return campaign;
}

/**
 * A line manager's view of their whole reporting line (direct and indirect) in one
 * campaign: always who has finished; levels only when the council's setting allows it,
 * or for HR. Each person whose levels are shown is written to the audit log.
 */
export async function getTeamAudit(deps: AuditDeps, actor: Actor, query: { campaignId?: string | undefined }): Promise<TeamAudit> {
  const isHr = hasRole(actor, 'hr');
  if (!isHr && !hasRole(actor, 'lineManager')) {
    throw AppError.forbidden('Only line managers and HR can see a team’s skills audit.');
  }
  const [campaign, settings] = await Promise.all([chooseCampaign(deps, actor, query.campaignId), deps.settings.get()]);
  const levelsVisible = isHr || settings.managersSeeLevels;
  const states = campaign ? await deps.responses.reportingLine(actor.personId, campaign.id) : [];
  const members = states.map((state) => member(state, levelsVisible));

  const shown = members.filter((entry) => entry.levels !== null);
  if (campaign && shown.length > 0) {
    await deps.responses.recordReads(
      shown.map((entry) => ({
        actorPersonId: actor.personId,
        action: 'read' as const,
        resource: 'audit-levels',
        subjectPersonId: entry.person.id,
        details: { campaignId: campaign.id, view: 'team' },
      })),
    );
  }
  return {
    campaign: campaign ? campaignRef(campaign) : null,
    levelsVisible,
    completion: {
      members: members.length,
      submitted: members.filter((entry) => entry.status === 'submitted').length,
      inProgress: members.filter((entry) => entry.status === 'draft').length,
      notStarted: members.filter((entry) => entry.status === 'not-started').length,
    },
    members,
  };
}
