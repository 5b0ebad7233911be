import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { TargetArrowRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LearningPlanItem } from '../../../../api/src/contracts/skills-audit';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/api-error';
import { createObjectiveFromReport } from '../../api/objectives-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { useRouter } from '../../router/history-router';
import { objectiveEditPath } from './objective-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** The server names what is wrong with the skill ("is not a gap in your latest skills audit"): say it as a sentence. */
function explained(error: ApiError): ApiError {
  const problem = error.fieldErrors.find((field) => field.field === 'body.statementKey');
  if (!problem) return error;
  return new ApiError({ status: error.status, code: error.code, title: error.title, message: `This skill ${problem.message}.`, requestId: error.requestId });
}

/**
 * Turns a skill to learn or refresh into a draft digital objective, worded for the person to
 * change, and opens it in the editor. The button's name says which skill it is for.
 */
export function MakeObjectiveButton({ item }: { item: Pick<LearningPlanItem, 'statementKey' | 'text' | 'reason'> }) {
  const styles = useStyles();
  const api = useApi();
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const draft = await createObjectiveFromReport(api, { statementKey: item.statementKey, reason: item.reason });
      navigate(objectiveEditPath(draft.id));
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      {/* Named in full, as the visible words are the same on every item of the plan. */}
      <Button icon={<TargetArrowRegular />} disabledFocusable={busy} aria-label={busy ? undefined : `Make this my objective: ${item.text}`} onClick={() => void make()}>
        {busy ? 'Making your draft…' : 'Make this my objective'}
      </Button>
      {error ? <ErrorState title="We could not make a draft objective" error={explained(error)} /> : null}
    </div>
  );
}
