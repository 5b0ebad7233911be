import type { Channel, MyAudit, SaveAnswersBody } from '../../contracts/skills-audit.js';
import type { Actor } from '../shared/actor.js';
import type { AuditDeps } from './audit-deps.js';
import { auditIn } from './get-my-audit.js';
import { alreadySubmitted, notInCampaign, requireOpenCampaign } from './open-campaign.js';
import { requireFramework } from './require-framework.js';
import { validateAnswers } from './validate-answers.js';

/**
 * Saves one page of answers (a category in the tab, a card in the bot) to the person's
 * draft, creating it on the first save, and remembers where they were and through which
 * channel, so the other channel resumes there. Returns the audit as it now stands.
 *
 * Everything is decided under the response's row lock, so a submit from the other
 * channel, or the campaign closing, cannot slip in between the checks and the write; any
 * refusal rolls the whole transaction back (the draft it may have created included).
 */
export async function saveAnswers(deps: AuditDeps, actor: Actor, body: SaveAnswersBody, channel: Channel): Promise<MyAudit> {
  const campaign = await deps.responses.withLockedResponse({ campaignId: body.campaignId, personId: actor.personId }, async (locked) => {
    if (!locked) throw notInCampaign();
    const now = deps.clock.now();
    requireOpenCampaign(locked.campaign, now);
    if (locked.status === 'submitted') throw alreadySubmitted(locked.campaign);
    const answers = validateAnswers(await requireFramework(deps, locked.frameworkVersionId, locked.readFramework), body);
    await locked.save(answers, { lastCategoryKey: body.categoryKey ?? null, channel, at: now });
    return locked.campaign;
  });
  return auditIn(deps, actor, campaign);
}
