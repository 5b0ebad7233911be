import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

/** The three themes Teams reports through `app.getContext()` and its theme-change handler. */
export const THEME_NAMES = ['default', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const THEME_LABELS: Record<ThemeName, string> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

const FLUENT_THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function fluentThemeFor(name: ThemeName): Theme {
  return FLUENT_THEMES[name];
}

export function parseThemeName(value: string | null | undefined): ThemeName | null {
  return THEME_NAMES.find((name) => name === value) ?? null;
}

/** `?theme=` wins so that tests and support staff can open any page in any theme. */
export function themeFromQuery(search: string): ThemeName | null {
  return parseThemeName(new URLSearchParams(search).get('theme'));
}

type MediaQuery = (query: string) => { matches: boolean };

/** Follows the operating system, as Teams itself does, when nobody has chosen a theme. */
export function themeFromMedia(matchMedia: MediaQuery): ThemeName {
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}

const CHOSEN_THEME_KEY = 'hub.theme';

/** The choice made with the header's theme switch, kept for the next visit. */
export function readChosenTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemeName | null {
  try {
    return parseThemeName(storage?.getItem(CHOSEN_THEME_KEY));
  } catch (error) {
    // Storage can be blocked by browser privacy settings; the theme then simply follows the system.
    console.warn('Could not read the saved theme', error);
    return null;
  }
}

export function saveChosenTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: ThemeName): void {
  try {
    storage?.setItem(CHOSEN_THEME_KEY, theme);
  } catch (error) {
    console.warn('Could not save the chosen theme', error);
  }
}

/** How the theme is chosen outside Teams: the address, then the person's choice, then the system. */
export function browserTheme(win: Window): ThemeName {
  return (
    themeFromQuery(win.location.search) ??
    readChosenTheme(safeLocalStorage(win)) ??
    themeFromMedia((query) => win.matchMedia(query))
  );
}

export function safeLocalStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch (error) {
    console.warn('Local storage is not available', error);
    return undefined;
  }
}
