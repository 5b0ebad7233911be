import { normalisePath } from './router/history-router';

/** Every page the tab has. Navigation items from the API are shown only if the tab has the page. */
export const PAGE_PATHS = {
  home: '/',
  signIn: '/sign-in',
  outbox: '/admin/outbox',
  auditLog: '/admin/audit-log',
  importStaff: '/directory/import',
  leaversData: '/directory/leavers',
  privacy: '/privacy',
  terms: '/terms',
  audit: '/audit',
  auditQuestions: '/audit/questions',
  auditCheck: '/audit/check',
  auditSubmitted: '/audit/submitted',
  mySkills: '/my-skills',
  myReport: '/my-skills/report',
  teamAudit: '/team/audit',
  championCandidates: '/audit/champion-candidates',
  skillsFramework: '/audit/framework',
  auditSettings: '/audit/settings',
  learningResources: '/learning-resources',
  auditCampaigns: '/audit/campaigns',
  auditCampaignProgress: '/audit/campaigns/progress',
  guides: '/guides',
  guide: '/guides/view',
  guideEditor: '/guides/edit',
  helpRequests: '/help-requests',
  helpRequestSettings: '/help-requests/settings',
  champions: '/champions',
  championProfile: '/champions/profile',
  championQueue: '/champions/queue',
  championDashboard: '/champions/dashboard',
  championsOverview: '/champions/overview',
  supportLog: '/champions/support-log',
  dropIns: '/drop-ins',
  myChampion: '/my-champion',
  championMatching: '/champions/matching',
  myObjectives: '/objectives',
  objective: '/objectives/view',
  objectiveEditor: '/objectives/edit',
  appraisalYears: '/objectives/years',
  teamObjectives: '/team/objectives',
  servicePlans: '/service-plans',
  servicePlan: '/service-plans/view',
  servicePlanCompliance: '/service-plans/compliance',
  projects: '/projects',
  project: '/projects/view',
  projectEditor: '/projects/edit',
} as const;

export type PageId = keyof typeof PAGE_PATHS;

/** Pages anyone may open without signing in: the sign-in page and what the Teams store links to. */
export const PUBLIC_PAGES = ['signIn', 'privacy', 'terms'] as const;
export type PublicPageId = (typeof PUBLIC_PAGES)[number];

export function isPublicPage(page: PageId | null): page is PublicPageId {
  return (PUBLIC_PAGES as readonly (PageId | null)[]).includes(page);
}

export function pageFor(path: string): PageId | null {
  const normalised = normalisePath(path);
  const match = (Object.keys(PAGE_PATHS) as PageId[]).find((id) => PAGE_PATHS[id] === normalised);
  return match ?? null;
}

export function isTabPage(href: string): boolean {
  return pageFor(new URL(href, 'http://tab.invalid').pathname) !== null;
}
