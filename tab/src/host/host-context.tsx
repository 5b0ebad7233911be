import { createContext, useContext, type ReactNode } from 'react';
import type { ThemeName } from '../theme';

export interface HostValue {
  /** True inside Microsoft Teams, where Teams owns sign-in and the theme. */
  inTeams: boolean;
  theme: ThemeName;
  /** Only offered outside Teams: inside it, the theme follows the Teams setting. */
  chooseTheme: ((theme: ThemeName) => void) | undefined;
}

const HostContext = createContext<HostValue | null>(null);

export function HostProvider({ value, children }: { value: HostValue; children: ReactNode }) {
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

export function useHost(): HostValue {
  const value = useContext(HostContext);
  if (!value) throw new Error('useHost must be used inside <HostProvider>');
  return value;
}
