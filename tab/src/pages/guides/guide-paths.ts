import { PAGE_PATHS } from '../../routes';

/** Addresses of the guide pages; ids travel in the query string like the other pages of the tab. */

export function guideViewPath(id: string): string {
  return `${PAGE_PATHS.guide}?id=${encodeURIComponent(id)}`;
}

export function guideEditPath(id?: string): string {
  return id ? `${PAGE_PATHS.guideEditor}?id=${encodeURIComponent(id)}` : PAGE_PATHS.guideEditor;
}
