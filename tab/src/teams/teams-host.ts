import { parseThemeName, type ThemeName } from '../theme';

/** What the tab needs from Microsoft Teams, once it knows it is running inside it. */
export interface TeamsHost {
  theme: ThemeName;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  getAuthToken(): Promise<string>;
  /** The page a deep link asked for (the bot's "open my report" buttons), if any. */
  startPage: string | null;
}

/**
 * Deep links carry the page as `subEntityId`. Only a path inside the tab is followed:
 * never another origin (`//host`) and never a scheme.
 */
export function startPageFrom(subPageId: string | undefined): string | null {
  if (!subPageId || !subPageId.startsWith('/') || subPageId.startsWith('//') || subPageId.includes('\\')) return null;
  return subPageId;
}

export const TEAMS_INITIALISE_TIMEOUT_MS = 3000;

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`Microsoft Teams did not answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Connects to Teams when embedded. Resolves to null when the frame is not Teams (another
 * site embedding the tab, a preview pane), so the tab can carry on as a plain web page.
 * teams-js is loaded only here, so a browser visit never downloads it.
 */
export async function connectToTeams(timeoutMs = TEAMS_INITIALISE_TIMEOUT_MS): Promise<TeamsHost | null> {
  try {
    const { app, authentication } = await import('@microsoft/teams-js');
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    // Teams shows its own loading indicator until the tab says it is ready.
    void app.notifySuccess().catch((error: unknown) => console.warn('Teams notifySuccess failed', error));
    return {
      theme: parseThemeName(context.app.theme) ?? 'default',
      onThemeChange(handler) {
        app.registerOnThemeChangeHandler((theme) => handler(parseThemeName(theme) ?? 'default'));
      },
      getAuthToken: () => authentication.getAuthToken(),
      startPage: startPageFrom(context.page.subPageId),
    };
  } catch (error) {
    console.warn('Not running inside Microsoft Teams; continuing as a web page.', error);
    return null;
  }
}
