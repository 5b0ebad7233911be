import type { CampaignRef } from '../../contracts/skills-audit.js';
import { AppError } from '../shared/app-error.js';
import { councilDate, isCampaignOpen } from './campaign-window.js';
import type { CampaignFacts, MemberCampaign } from './audit-response-repository.js';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2026-11-30' → '30 November 2026', the way people read dates in letters. */
export function longDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T12:00:00Z`));
}

export function campaignRef(campaign: CampaignFacts): CampaignRef {
  return { id: campaign.id, name: campaign.name, opensOn: campaign.opensOn, closesOn: campaign.closesOn };
}

/**
 * The campaign a person is taking now: open today, preferring one they have not yet
 * submitted, and of those the one that closes first (the most pressing).
 */
export function pickOpenCampaign(campaigns: readonly MemberCampaign[], now: Date): MemberCampaign | undefined {
  const open = campaigns.filter((campaign) => isCampaignOpen(campaign, now));
  const rank = (campaign: MemberCampaign): number => (campaign.responseStatus === 'submitted' ? 1 : 0);
  return [...open].sort(
    (a, b) => rank(a) - rank(b) || a.closesOn.localeCompare(b.closesOn) || a.name.localeCompare(b.name),
  )[0];
}

/** The 409 for a campaign the person is not in (or one never launched). */
export function notInCampaign(): AppError {
  return new AppError('conflict', 'There is no skills audit open for you in that campaign, so nothing was saved.');
}

/** Throws the 409 a person sees when the campaign cannot take their answers today. */
export function requireOpenCampaign(campaign: CampaignFacts, now: Date): void {
  if (isCampaignOpen(campaign, now)) return;
  const today = councilDate(now);
  if (campaign.status === 'launched' && today < campaign.opensOn) {
    throw new AppError('conflict', `The ${campaign.name} campaign opens on ${longDate(campaign.opensOn)}; nothing was saved.`);
  }
  // Closed early by HR: the day it was closed; otherwise (or closed after the fact) its close date.
  const closedEarly = campaign.status === 'closed' && campaign.closedAt ? councilDate(campaign.closedAt) : campaign.closesOn;
  const closedOn = closedEarly < campaign.closesOn ? closedEarly : campaign.closesOn;
  throw new AppError(
    'conflict',
    `The ${campaign.name} campaign closed on ${longDate(closedOn)}; answers can no longer be saved or submitted, and nothing was saved.`,
  );
}

export function alreadySubmitted(campaign: CampaignFacts): AppError {
  return new AppError('conflict', `You have already submitted your skills audit for the ${campaign.name} campaign; it cannot be changed.`);
}
