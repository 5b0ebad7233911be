import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../../../api/src/contracts/me';
import { useApi } from '../api/api-context';
import type { ApiError } from '../api/api-error';
import { asApiError } from '../api/use-api-query';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-in'; me: Me }
  | { status: 'signed-out' }
  | { status: 'error'; error: ApiError };

interface SessionValue {
  state: SessionState;
  /** Asks the server again who is signed in: after signing in, or to retry after an error. */
  reload(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  // Settles the state only once the answer arrives, so it is safe to start from an effect.
  const fetchMe = useCallback(
    () =>
      api.getMe().then(
        (me) => setState({ status: 'signed-in', me }),
        (error: unknown) => {
          const apiError = asApiError(error);
          setState(apiError.status === 401 ? { status: 'signed-out' } : { status: 'error', error: apiError });
        },
      ),
    [api],
  );

  const reload = useCallback(async () => {
    setState({ status: 'loading' });
    await fetchMe();
  }, [fetchMe]);

  const signOut = useCallback(async () => {
    await api.signOut();
    setState({ status: 'signed-out' });
  }, [api]);

  useEffect(() => {
    void fetchMe();
  }, [fetchMe]);

  const value = useMemo(() => ({ state, reload, signOut }), [state, reload, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** For pages that are only shown once someone is signed in. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe is only available once signed in');
  return state.me;
}
