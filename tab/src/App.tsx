import { FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ApiClient } from './api/api-client';
import { ApiProvider } from './api/api-context';
import { LoadingState } from './components/LoadingState';
import { HostProvider } from './host/host-context';
import { PageRouter } from './PageRouter';
import { RouterProvider } from './router/history-router';
import { SessionProvider } from './session/session-context';
import { useTeamsConnection } from './teams/use-teams-connection';
import { fluentThemeFor } from './theme';
import { useAppTheme } from './use-app-theme';

const useGlobalStyles = makeStaticStyles({
  body: { margin: '0' },
  // A native select is as wide as its longest option: on a 320 px screen it would be cut off.
  // It shrinks to its field instead, and the option shows shortened.
  '.fui-Select, .fui-Select__select': { minWidth: '0', maxWidth: '100%' },
  // Links look like links without hovering, as on GOV.UK; the menu's own links are styled apart.
  'a.fui-Link': { textDecorationLine: 'underline' },
});

export function App() {
  useGlobalStyles();
  const connection = useTeamsConnection();
  const { theme, chooseTheme } = useAppTheme(connection);
  const teams = connection === 'connecting' ? null : connection;

  const api = useMemo(
    () => new ApiClient(teams ? { getAuthToken: () => teams.getAuthToken() } : {}),
    [teams],
  );
  const host = useMemo(() => ({ inTeams: teams !== null, theme, chooseTheme }), [teams, theme, chooseTheme]);

  return (
    <FluentProvider theme={fluentThemeFor(theme)} applyStylesToPortals>
      {connection === 'connecting' ? (
        <LoadingState label="Connecting to Microsoft Teams…" />
      ) : (
        <HostProvider value={host}>
          <ApiProvider client={api}>
            <RouterProvider>
              <SessionProvider>
                <PageRouter />
              </SessionProvider>
            </RouterProvider>
          </ApiProvider>
        </HostProvider>
      )}
    </FluentProvider>
  );
}
