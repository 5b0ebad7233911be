import type { GivenAnswer, MyAudit } from '../../contracts/skills-audit.js';
import type { Actor } from '../shared/actor.js';
import type { AuditDeps } from './audit-deps.js';
import type { CampaignFacts } from './audit-response-repository.js';
import type { IndexedFramework } from './framework-index.js';
import { campaignRef, pickOpenCampaign } from './open-campaign.js';
import { requireFramework } from './require-framework.js';

const NOTHING_OPEN: MyAudit = {
  campaign: null,
  status: 'not-started',
  responseId: null,
  frameworkVersion: null,
  categories: [],
  answers: [],
  answered: 0,
  total: 0,
  resumeCategoryKey: null,
  lastChannel: null,
  submittedAt: null,
};

/** The first category with a statement still unanswered: where the tab or the bot picks up. */
export function resumeCategory(framework: IndexedFramework, answers: readonly GivenAnswer[]): string | null {
  const answered = new Set(answers.map((answer) => answer.statementId));
  const category = framework.version.categories.find((candidate) =>
    candidate.statements.some((statement) => !answered.has(statement.id)),
  );
  return category?.key ?? null;
}

/** The person's audit in their open campaign, however far they have got, from the tab or the bot. */
export async function getMyAudit(deps: AuditDeps, actor: Actor): Promise<MyAudit> {
  const campaign = pickOpenCampaign(await deps.responses.memberCampaigns(actor.personId), deps.clock.now());
  return campaign ? auditIn(deps, actor, campaign) : NOTHING_OPEN;
}

/** The person's audit in one campaign they are a member of. */
export async function auditIn(deps: AuditDeps, actor: Actor, campaign: CampaignFacts): Promise<MyAudit> {
  const response = await deps.responses.findResponse(campaign.id, actor.personId);
  // Answers stay with the version they were given against: a response started before a
  // campaign's version changed is shown with its own.
  const framework = await requireFramework(deps, response?.frameworkVersionId ?? campaign.frameworkVersionId);
  const answers = (response?.answers ?? []).filter((answer) => framework.statements.has(answer.statementId));
  return {
    campaign: campaignRef(campaign),
    status: response ? response.status : 'not-started',
    responseId: response?.id ?? null,
    frameworkVersion: framework.version.version,
    categories: framework.version.categories,
    answers,
    answered: answers.length,
    total: framework.total,
    resumeCategoryKey: response?.status === 'submitted' ? null : resumeCategory(framework, answers),
    lastChannel: response?.lastChannel ?? null,
    submittedAt: response?.submittedAt?.toISOString() ?? null,
  };
}
