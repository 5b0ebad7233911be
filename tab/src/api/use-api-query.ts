import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError, isAbortError } from './api-error';

export type QueryState<T> =
  | { status: 'loading'; data?: T | undefined }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError; data?: T | undefined };

type Settled<T> =
  | { requestId: string; ok: true; data: T }
  | { requestId: string; ok: false; error: ApiError; data?: T | undefined };

/**
 * Loads data for a page and reloads it when `key` changes (a new page of results, say).
 * The previous data stays available while the next page loads, so tables do not jump.
 */
export function useApiQuery<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
): QueryState<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const requestId = `${attempt}:${key}`;
  // `load` is a new function on every render; `key` is what says the request changed.
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    runLoad(controller.signal).then(
      (data) => setSettled({ requestId, ok: true, data }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setSettled((previous) => ({ requestId, ok: false, data: previous?.data, error: asApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [requestId]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...stateOf(settled, requestId), reload };
}

function stateOf<T>(settled: Settled<T> | null, requestId: string): QueryState<T> {
  if (!settled || settled.requestId !== requestId) return { status: 'loading', data: settled?.data };
  if (!settled.ok) return { status: 'error', error: settled.error, data: settled.data };
  return { status: 'success', data: settled.data };
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error('Unexpected error in the tab', error);
  return new ApiError({
    status: 0,
    code: 'tab_error',
    title: 'Something went wrong',
    message: 'Something went wrong in the hub. Reload the page, then try again.',
    cause: error,
  });
}
