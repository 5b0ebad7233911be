import { useCallback, useEffect, useState } from 'react';
import type { TeamsConnection } from './teams/use-teams-connection';
import { browserTheme, readChosenTheme, safeLocalStorage, saveChosenTheme, themeFromQuery, type ThemeName } from './theme';

/**
 * Inside Teams the theme is Teams' own and follows it live. Outside Teams it comes from
 * `?theme=`, then the person's saved choice, then the operating system, which is
 * followed live until someone picks a theme.
 */
export function useAppTheme(connection: TeamsConnection): {
  theme: ThemeName;
  chooseTheme: ((theme: ThemeName) => void) | undefined;
} {
  const teams = connection === 'connecting' ? null : connection;
  const [browserChoice, setBrowserChoice] = useState<ThemeName>(() => browserTheme(window));
  const [teamsChange, setTeamsChange] = useState<ThemeName | null>(null);
  const theme = teams ? (teamsChange ?? teams.theme) : browserChoice;

  useEffect(() => {
    teams?.onThemeChange(setTeamsChange);
  }, [teams]);

  useEffect(() => {
    if (teams) return;
    const chosen = themeFromQuery(window.location.search) ?? readChosenTheme(safeLocalStorage(window));
    if (chosen) return;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((query) => window.matchMedia(query));
    const follow = () => setBrowserChoice(browserTheme(window));
    queries.forEach((query) => query.addEventListener('change', follow));
    return () => queries.forEach((query) => query.removeEventListener('change', follow));
  }, [teams]);

  useEffect(() => {
    // Lets the browser draw scroll bars and form controls to match.
    document.documentElement.style.colorScheme = theme === 'default' ? 'light' : 'dark';
  }, [theme]);

  const chooseTheme = useCallback((chosen: ThemeName) => {
    setBrowserChoice(chosen);
    saveChosenTheme(safeLocalStorage(window), chosen);
    const url = new URL(window.location.href);
    if (url.searchParams.has('theme')) {
      // Otherwise a reload would bring back the theme named in the address.
      url.searchParams.set('theme', chosen);
      window.history.replaceState(window.history.state, '', url);
    }
  }, []);

  return { theme, chooseTheme: teams ? undefined : chooseTheme };
}
