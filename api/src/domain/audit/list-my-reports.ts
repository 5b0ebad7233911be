import type { ReportList } from '../../contracts/skills-audit.js';
import type { Actor } from '../shared/actor.js';
import type { AuditDeps } from './audit-deps.js';
import { campaignRef } from './open-campaign.js';

/** "My skills": every audit the person has submitted, newest first. */
export async function listMyReports(deps: Pick<AuditDeps, 'responses'>, actor: Actor): Promise<ReportList> {
  const submitted = await deps.responses.listSubmitted(actor.personId);
  return {
    items: submitted.map((response) => ({
      responseId: response.id,
      campaign: campaignRef(response.campaign),
      submittedAt: response.submittedAt.toISOString(),
      basicSkillsMet: response.summary.basicSkills.met,
      levels: response.summary.categories.map((category) => ({ key: category.key, title: category.title, level: category.level })),
    })),
  };
}
