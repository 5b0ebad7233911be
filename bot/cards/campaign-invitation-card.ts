import { AUDIT_COMMAND } from '../commands.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction } from './adaptive-card.js';
import { longDate, WHO_SEES_YOUR_ANSWERS } from './audit-wording.js';
import { commandSubmitData } from './command-submit.js';

/** What the campaign's invitation and reminder cards say to one person. */
export interface CampaignCardInput {
  displayName: string;
  campaignName: string;
  /** 'YYYY-MM-DD', the last day answers are taken. */
  closesOn: string;
  /** The audit's start page in the tab, when the bot knows how to link to it. */
  tabUrl?: string | undefined;
}

export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}

/**
 * Both cards offer the same two ways in: the button runs the bot's `audit` command, as
 * typing it would, and the link opens the same audit in the tab.
 */
export function campaignCardActions(tabUrl: string | undefined, chatTitle: string): CardAction[] {
  const actions: CardAction[] = [{ type: 'Action.Submit', title: chatTitle, data: commandSubmitData(AUDIT_COMMAND) }];
  if (tabUrl) actions.push({ type: 'Action.OpenUrl', title: 'Open it in the tab', url: tabUrl });
  return actions;
}

/** The bot's first message of a campaign: what the audit is, until when, and how to start. */
export function buildCampaignInvitationCard(input: CampaignCardInput): AdaptiveCard {
  const greeting = `Hello ${firstNameOf(input.displayName)}, you are invited to take the digital skills audit.`;
  const when = `${input.campaignName} is open until ${longDate(input.closesOn)}.`;
  const why = 'It takes about 15 minutes. You say how confident you are with everyday digital tasks, and you get a personal report and learning plan straight away.';
  const how = 'You can answer here in the chat or in the hub’s tab, stop at any time and carry on later.';
  return adaptiveCard({
    speak: `${greeting} ${when} ${why} ${how} ${WHO_SEES_YOUR_ANSWERS}`,
    fallbackText: `You are invited to take the digital skills audit. ${when} Type audit to start.`,
    body: [
      heading('Your digital skills audit'),
      paragraph(greeting),
      paragraph(when, { weight: 'Bolder' }),
      paragraph(why),
      paragraph(how),
      paragraph(WHO_SEES_YOUR_ANSWERS, { isSubtle: true, spacing: 'Medium' }),
    ],
    actions: campaignCardActions(input.tabUrl, 'Start the audit here'),
  });
}
