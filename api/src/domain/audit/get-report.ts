import type { AuditReport, CampaignRef, GivenAnswer } from '../../contracts/skills-audit.js';
import { hasAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { AuditDeps } from './audit-deps.js';
import { buildReport, planKeys } from './build-report.js';
import type { IndexedFramework } from './framework-index.js';
import { campaignRef } from './open-campaign.js';
import { requireFramework } from './require-framework.js';
import type { SubmissionSummary } from './submission-summary.js';

export interface SubmittedAudit {
  id: string;
  person: { id: string; displayName: string };
  campaign: CampaignRef;
  framework: IndexedFramework;
  submittedAt: Date;
  summary: SubmissionSummary;
  answers: readonly GivenAnswer[];
}

/** Reads what a report adds to a submission (the previous audit, learning resources) and builds it. */
export async function reportOf(deps: Pick<AuditDeps, 'responses'>, submitted: SubmittedAudit): Promise<AuditReport> {
  const { previous, resources } = await deps.responses.reportContext({
    personId: submitted.person.id,
    before: submitted.submittedAt,
    ...planKeys(submitted.framework, submitted.answers),
  });
  return buildReport({
    responseId: submitted.id,
    person: submitted.person,
    campaign: submitted.campaign,
    submittedAt: submitted.submittedAt,
    framework: submitted.framework,
    answers: submitted.answers,
    summary: submitted.summary,
    previous: previous ? { campaign: campaignRef(previous.campaign), submittedAt: previous.submittedAt, summary: previous.summary } : null,
    resources,
  });
}

/**
 * One submitted audit's report. A person reads their own; HR reads anyone's, and each
 * read of someone else's is written to the audit log. Managers never see answers.
 */
export async function getReport(deps: AuditDeps, actor: Actor, responseId: string): Promise<AuditReport> {
  const isHr = hasAnyRole(actor, ['hr']);
  if (!isHr) {
    const owner = await deps.responses.ownerOf(responseId);
    if (owner !== undefined && owner !== actor.personId) {
      throw AppError.forbidden('Only the person who took an audit, and HR, can read its report.');
    }
  }
  const response = await deps.responses.findSubmitted(responseId);
  if (!response) throw AppError.notFound('That report');
  if (response.person.id !== actor.personId) {
    if (!isHr) throw AppError.forbidden('Only the person who took an audit, and HR, can read its report.');
    await deps.audit.record({
      actorPersonId: actor.personId,
      action: 'read',
      resource: 'audit-report',
      subjectPersonId: response.person.id,
      details: { responseId, campaignId: response.campaign.id },
    });
  }
  return reportOf(deps, {
    id: response.id,
    person: response.person,
    campaign: campaignRef(response.campaign),
    framework: await requireFramework(deps, response.frameworkVersionId),
    submittedAt: response.submittedAt,
    summary: response.summary,
    answers: response.answers,
  });
}
