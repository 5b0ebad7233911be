import { useEffect } from 'react';

/** Calls `tick` every `intervalMs` while `active`; stops when the page goes or `active` turns false. */
export function usePolling(tick: () => void, intervalMs: number, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(timer);
  }, [tick, intervalMs, active]);
}
