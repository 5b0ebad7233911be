import { useCallback, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { asApiError } from '../api/use-api-query';

/**
 * The busy flag and the last error of a form that saves through the API: `run` clears the
 * error, marks the form busy while `save` runs, and keeps what went wrong for the form to show.
 */
export function useSubmit(): { busy: boolean; error: ApiError | null; run: (save: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async (save: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
