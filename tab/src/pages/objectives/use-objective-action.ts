import { useState } from 'react';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import type { ApiError } from '../../api/api-error';
import { asApiError } from '../../api/use-api-query';

/**
 * Runs one workflow action: problems found before sending (or named by the server's 422)
 * go next to their fields; anything else (a 409 with its reason, say) is shown whole.
 */
export function useObjectiveAction() {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (local: FieldProblem[], call: () => Promise<unknown>, onDone: () => void) => {
    setError(null);
    setProblems(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      await call();
      setBusy(false);
      onDone();
    } catch (caught) {
      const apiError = asApiError(caught);
      setProblems(apiError.fieldErrors);
      if (apiError.fieldErrors.length === 0) setError(apiError);
      setBusy(false);
    }
  };

  return { busy, problems, error, run };
}
