import type { Campaign, CampaignStatus } from '../../../../api/src/contracts/audit-campaigns';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** '2026-11-30' → '30 Nov 2026': a calendar date, the same wherever the browser is. */
export function formatDate(date: string): string {
  return DAY.format(new Date(`${date}T12:00:00Z`));
}

export function formatDates(campaign: Pick<Campaign, 'opensOn' | 'closesOn'>): string {
  return `${formatDate(campaign.opensOn)} to ${formatDate(campaign.closesOn)}`;
}

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Draft, not launched',
  launched: 'Launched',
  closed: 'Closed',
};

export function statusLabel(campaign: Pick<Campaign, 'status' | 'open'>): string {
  if (campaign.status === 'launched') return campaign.open ? 'Open' : 'Launched, not open today';
  return STATUS_LABELS[campaign.status];
}

/** How long the waiting messages should take, in words. */
export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'Nothing waiting';
  if (seconds < 60) return 'Under a minute';
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'About a minute' : `About ${minutes} minutes`;
}

/** Today in the browser, as 'YYYY-MM-DD', for the form's first suggestion. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function addDaysIso(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
