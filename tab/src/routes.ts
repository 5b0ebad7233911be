import { PAGE_PATHS, type PageId } from './page-paths';
import { normalisePath } from './router/history-router';

export { PAGE_PATHS, type PageId };

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
