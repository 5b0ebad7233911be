import { useEffect, useState } from 'react';
import { isTopLevelWindow } from './embedding';
import { connectToTeams, type TeamsHost } from './teams-host';

/** 'connecting' while we wait for Teams; null when the tab is an ordinary web page. */
export type TeamsConnection = 'connecting' | TeamsHost | null;

export function useTeamsConnection(): TeamsConnection {
  const [connection, setConnection] = useState<TeamsConnection>(() =>
    isTopLevelWindow(window) ? null : 'connecting',
  );

  useEffect(() => {
    if (connection !== 'connecting') return;
    let cancelled = false;
    void connectToTeams().then((host) => {
      if (cancelled) return;
      // Before the router reads the address, so the deep-linked page is the first one shown.
      if (host?.startPage) window.history.replaceState(null, '', host.startPage);
      setConnection(host);
    });
    return () => {
      cancelled = true;
    };
  }, [connection]);

  return connection;
}
