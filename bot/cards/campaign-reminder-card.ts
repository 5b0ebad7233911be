import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.js';
import { longDate } from './audit-wording.js';
import { campaignCardActions, firstNameOf, type CampaignCardInput } from './campaign-invitation-card.js';

export interface CampaignReminderCardInput extends CampaignCardInput {
  /** They have saved answers but not submitted them. */
  started: boolean;
}

/** A nudge to someone who has not submitted yet: when it closes, and where they are up to. */
export function buildCampaignReminderCard(input: CampaignReminderCardInput): AdaptiveCard {
  const greeting = `Hello ${firstNameOf(input.displayName)}, a reminder about the digital skills audit.`;
  const when = `${input.campaignName} closes on ${longDate(input.closesOn)}.`;
  const where = input.started
    ? 'Your answers so far are saved. Carry on where you stopped, then check your answers and submit.'
    : 'You have not started yet. It takes about 15 minutes, and you get your personal report straight away.';
  return adaptiveCard({
    speak: `${greeting} ${when} ${where}`,
    fallbackText: `Reminder: ${when} Type audit to ${input.started ? 'carry on' : 'start'}.`,
    body: [heading('The skills audit closes soon'), paragraph(greeting), paragraph(when, { weight: 'Bolder' }), paragraph(where)],
    actions: campaignCardActions(input.tabUrl, input.started ? 'Carry on here' : 'Start the audit here'),
  });
}
