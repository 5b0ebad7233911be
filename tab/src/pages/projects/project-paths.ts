import { PAGE_PATHS } from '../../routes';

/** Addresses of the register's pages; ids travel in the query string like the other pages of the tab. */

export function projectViewPath(id: string): string {
  return `${PAGE_PATHS.project}?id=${encodeURIComponent(id)}`;
}

export function projectEditPath(id?: string): string {
  return id ? `${PAGE_PATHS.projectEditor}?id=${encodeURIComponent(id)}` : PAGE_PATHS.projectEditor;
}
