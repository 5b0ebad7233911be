/** Where the campaign pages live in the tab; ids go in the query string. */
export const CAMPAIGNS_PATH = '/audit/campaigns';

export function progressPath(campaignId: string): string {
  return `${CAMPAIGNS_PATH}/progress?id=${encodeURIComponent(campaignId)}`;
}
