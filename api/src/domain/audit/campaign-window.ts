/**
 * A campaign's dates are calendar dates in the council's time zone: a campaign that
 * closes on 30 November takes answers until midnight in the UK, whatever the server's zone.
 */
export const COUNCIL_TIME_ZONE = 'Europe/London';

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: COUNCIL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the UK as 'YYYY-MM-DD'. */
export function councilDate(at: Date): string {
  return LONDON_DATE.format(at);
}

export interface CampaignWindow {
  status: 'draft' | 'launched' | 'closed';
  opensOn: string;
  closesOn: string;
}

/** Takes answers: launched, and today is between the open and close dates (both included). */
export function isCampaignOpen(campaign: CampaignWindow, now: Date): boolean {
  const today = councilDate(now);
  return campaign.status === 'launched' && campaign.opensOn <= today && today <= campaign.closesOn;
}

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
