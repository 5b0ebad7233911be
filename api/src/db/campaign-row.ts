import type { CampaignFacts } from '../domain/audit/audit-response-repository.js';

/** A skills-audit campaign joined into another query as `c`, its columns prefixed so they never clash with the row they join. */
export interface CampaignColumns {
  campaign_id: string;
  campaign_name: string;
  opens_on: string;
  closes_on: string;
  campaign_status: 'draft' | 'launched' | 'closed';
  closed_at: Date | null;
  campaign_version_id: string;
}

export const CAMPAIGN_COLUMNS = [
  'c.id as campaign_id',
  'c.name as campaign_name',
  'c.opens_on',
  'c.closes_on',
  'c.status as campaign_status',
  'c.closed_at',
  'c.framework_version_id as campaign_version_id',
] as const;

export function toCampaign(row: CampaignColumns): CampaignFacts {
  return {
    id: row.campaign_id,
    name: row.campaign_name,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.campaign_status,
    closedAt: row.closed_at,
    frameworkVersionId: row.campaign_version_id,
  };
}
