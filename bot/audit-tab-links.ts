import type { AuditTabLinks } from './audit-dialog.js';

/**
 * A Teams deep link to a page of the app's personal Home tab (entity id "home" in the
 * manifest). Teams hands `subEntityId` to the tab as the page to open
 * (`app.getContext()` → `page.subPageId`).
 */
export function tabPageDeepLink(teamsAppId: string, page: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: page }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/home?context=${context}`;
}

/** Where the audit cards link to in the tab: the pages the tab has for taking the audit and reading a report. */
export function auditTabLinks(teamsAppId: string): AuditTabLinks {
  return {
    start: tabPageDeepLink(teamsAppId, '/audit'),
    check: tabPageDeepLink(teamsAppId, '/audit/check'),
    report: (responseId) => tabPageDeepLink(teamsAppId, `/my-skills/report?id=${encodeURIComponent(responseId)}`),
  };
}
