import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { asApiError } from '../../api/use-api-query';

/**
 * One change to a champion record at a time: busy while it runs, then either the sentence
 * that tells the person what happened or the error. `settle` runs either way (closes the dialog).
 */
export function useChampionChange(onChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async (work: () => Promise<string>, settle: () => void) => {
    setBusy(true);
    setError(null);
    try {
      setNotice(await work());
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
      settle();
    }
  };

  return { busy, error, notice, setNotice, run };
}
