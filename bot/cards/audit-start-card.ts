import type { CampaignRef } from '../../api/src/contracts/skills-audit.js';
import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { countOf, longDate, minutesToTake, WHO_SEES_YOUR_ANSWERS } from './audit-wording.js';

export interface AuditStartCardInput {
  campaign: CampaignRef;
  answered: number;
  total: number;
  categoryCount: number;
  /** The title of the card that comes next; undefined when every statement is answered. */
  nextTitle: string | undefined;
  /** The audit's start page in the tab, when the bot knows how to link to it. */
  tabUrl?: string | undefined;
}

function progressLine(input: AuditStartCardInput): string {
  if (input.nextTitle === undefined) return `You have answered all ${input.total} statements · Check your answers and submit`;
  const answered = `You have answered ${input.answered} of ${input.total}`;
  return input.answered === 0 ? `${answered} · Start with ${input.nextTitle}` : `${answered} · Continue with ${input.nextTitle}`;
}

/** Opens the audit in the chat: why, how long, who sees the answers, and where the person is up to. */
export function buildAuditStartCard(input: AuditStartCardInput): AdaptiveCard {
  const starting = input.answered === 0;
  const title = starting ? 'Your digital skills audit' : 'Welcome back to your skills audit';
  const closes = `${input.campaign.name} is open until ${longDate(input.campaign.closesOn)}.`;
  const size = `It takes about ${minutesToTake(input.total)} minutes: ${countOf(input.total, 'statement', 'statements')} in ${countOf(input.categoryCount, 'group', 'groups')}, one card for each group.`;
  const why = 'It helps you and the council see which digital skills you have, and gives you a personal learning plan.';
  const saving = 'Your answers are saved on every card, here or in the hub’s tab, so you can stop and carry on later.';
  const progress = progressLine(input);

  const body: CardElement[] = [heading(title), paragraph(closes)];
  if (starting) body.push(paragraph(why), paragraph(size));
  body.push(paragraph(saving), paragraph(WHO_SEES_YOUR_ANSWERS, { isSubtle: true }), paragraph(progress, { weight: 'Bolder', spacing: 'Medium' }));
  const actions: CardAction[] = input.tabUrl ? [{ type: 'Action.OpenUrl', title: 'Use the tab instead', url: input.tabUrl }] : [];

  return adaptiveCard({
    speak: `${title}. ${closes} ${starting ? `${why} ${size} ` : ''}${saving} ${WHO_SEES_YOUR_ANSWERS} ${progress.replace(' · ', '. ')}.`,
    fallbackText: `${title}: ${progress}.`,
    body,
    actions,
  });
}
