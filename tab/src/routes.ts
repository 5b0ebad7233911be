import { normalisePath } from './router/history-router';

/** Every page the tab has. Navigation items from the API are shown only if the tab has the page. */
export const PAGE_PATHS = {
  home: '/',
  signIn: '/sign-in',
  outbox: '/admin/outbox',
  auditLog: '/admin/audit-log',
  importStaff: '/directory/import',
} as const;

export type PageId = keyof typeof PAGE_PATHS;

export function pageFor(path: string): PageId | null {
  const normalised = normalisePath(path);
  const match = (Object.keys(PAGE_PATHS) as PageId[]).find((id) => PAGE_PATHS[id] === normalised);
  return match ?? null;
}

export function isTabPage(href: string): boolean {
  return pageFor(new URL(href, 'http://tab.invalid').pathname) !== null;
}
