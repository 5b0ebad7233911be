import type { WaitingItem } from '../../contracts/me.js';
import type { Actor } from '../shared/actor.js';
import type { WaitingProvider } from '../directory/get-me.js';
import type { AuditDeps } from './audit-deps.js';
import { longDate, pickOpenCampaign } from './open-campaign.js';
import { requireFramework } from './require-framework.js';

/**
 * Home's reminder of an open audit the person has not submitted yet. Home is the first
 * call of every page, so only a draft costs a second query (to count its answers).
 */
export function auditWaiting(deps: AuditDeps): WaitingProvider {
  return async (actor: Actor): Promise<WaitingItem[]> => {
    const campaign = pickOpenCampaign(await deps.responses.memberCampaigns(actor.personId), deps.clock.now());
    if (!campaign || campaign.responseStatus === 'submitted') return [];
    const framework = await requireFramework(deps, campaign.frameworkVersionId);
    const draft = campaign.responseStatus === 'draft' ? await deps.responses.findResponse(campaign.id, actor.personId) : undefined;
    const answered = draft ? draft.answers.filter((answer) => framework.statements.has(answer.statementId)).length : 0;
    const total = framework.total;
    const detail = draft
      ? `In progress: ${answered} of ${total} answered. Carry on where you stopped, in the tab or the bot.`
      : `Not started yet: ${total} questions, about ${Math.max(5, Math.round(total / 6))} minutes.`;
    return [
      {
        id: 'skills-audit',
        title: `Your skills audit is open until ${longDate(campaign.closesOn)}`,
        detail,
        href: '/audit',
        count: total - answered,
      },
    ];
  };
}
