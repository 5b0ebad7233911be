import { createContext, useCallback, useContext, useEffect, useMemo, useState, type MouseEvent, type ReactNode } from 'react';

export interface RouterLocation {
  path: string;
  search: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

interface RouterValue {
  location: RouterLocation;
  /** How many in-app navigations have happened: 0 means the page was opened directly. */
  navigationCount: number;
  navigate(to: string, options?: NavigateOptions): void;
}

const RouterContext = createContext<RouterValue | null>(null);

/** `/admin/outbox/` and `/admin/outbox` are the same page. */
export function normalisePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed || '/';
}

function currentLocation(): RouterLocation {
  return { path: normalisePath(window.location.pathname), search: window.location.search };
}

/**
 * A router over the History API. The tab has a handful of pages, so a table of paths and
 * pushState is all it needs — and it keeps one more dependency out of the bundle.
 */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<RouterLocation>(currentLocation);
  const [navigationCount, setNavigationCount] = useState(0);

  useEffect(() => {
    const onPopState = () => {
      setLocation(currentLocation());
      setNavigationCount((count) => count + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const url = new URL(to, window.location.href);
    if (url.origin !== window.location.origin) {
      window.location.assign(url.href);
      return;
    }
    const target = url.pathname + url.search + url.hash;
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    window.scrollTo(0, 0);
    setLocation(currentLocation());
    setNavigationCount((count) => count + 1);
  }, []);

  const value = useMemo(() => ({ location, navigationCount, navigate }), [location, navigationCount, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter must be used inside <RouterProvider>');
  return value;
}

/**
 * Click handler for links to pages of the tab: a plain click stays in the app, while
 * Ctrl/⌘/Shift-click and middle-click keep the browser's own behaviour (new tab, window).
 */
export function useInternalLinkClick(href: string): (event: MouseEvent<HTMLElement>) => void {
  const { navigate } = useRouter();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(href);
    },
    [href, navigate],
  );
}
