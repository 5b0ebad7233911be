import type { CampaignRef } from '../../api/src/contracts/skills-audit.js';
import { AUDIT_COMMAND } from '../commands.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction } from './adaptive-card.js';
import { commandSubmitData } from './command-submit.js';
import { longDate } from './audit-wording.js';

const SHOW_MY_AUDIT: CardAction = { type: 'Action.Submit', title: 'Show my audit', data: commandSubmitData(AUDIT_COMMAND) };

/** Typing "audit" when no campaign is open for the person. */
export function buildNoAuditOpenCard(): AdaptiveCard {
  const text = 'There is no skills audit open for you at the moment. When HR starts one, I’ll send you a message here.';
  return adaptiveCard({
    speak: `No skills audit is open. ${text}`,
    fallbackText: text,
    body: [heading('No skills audit open'), paragraph(text)],
  });
}

export interface AuditSavedCardInput {
  campaign: CampaignRef;
  answered: number;
  total: number;
  tabUrl?: string | undefined;
}

/** What a category card becomes after "Save and stop". */
export function buildAuditSavedCard(input: AuditSavedCardInput): AdaptiveCard {
  const progress = `You have answered ${input.answered} of ${input.total}.`;
  const later = `Carry on whenever you like before the audit closes on ${longDate(input.campaign.closesOn)}: type audit here, or use the hub’s tab.`;
  const actions: CardAction[] = [{ ...SHOW_MY_AUDIT, title: 'Carry on now' }];
  if (input.tabUrl) actions.push({ type: 'Action.OpenUrl', title: 'Open the audit in the tab', url: input.tabUrl });
  return adaptiveCard({
    speak: `Your answers are saved. ${progress} ${later}`,
    fallbackText: `Your skills audit answers are saved. ${progress}`,
    body: [heading('Your answers are saved'), paragraph(progress), paragraph(later)],
    actions,
  });
}

/**
 * A use case said no (the campaign closed, the audit was already submitted…): its message,
 * kindly framed, with a way back to the audit unless there is no audit to go back to.
 */
export function buildAuditErrorCard(message: string, options: { offerAudit: boolean } = { offerAudit: true }): AdaptiveCard {
  return adaptiveCard({
    speak: `That didn’t work. ${message}`,
    fallbackText: message,
    body: [heading('That didn’t work'), paragraph(message)],
    actions: options.offerAudit ? [SHOW_MY_AUDIT] : [],
  });
}
