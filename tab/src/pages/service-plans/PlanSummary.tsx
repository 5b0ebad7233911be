import { Button, Field, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SERVICE_PLAN_LIMITS, type ServicePlan } from '../../../../api/src/contracts/service-plans';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { saveServicePlanSummary } from '../../api/service-plans-api';
import { asApiError } from '../../api/use-api-query';
import { errorProblemItems, fieldMessage } from '../../components/form-problems';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { PLAN_FIELDS } from './plan-problems';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** What the service means to achieve digitally this year; its head or the policy team can rewrite it. */
export function PlanSummary({ plan, onSaved }: { plan: ServicePlan; onSaved: (plan: ServicePlan, message: string) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(plan.summary);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Back from the form, focus returns to the button that opened it.
    if (wasEditing.current && !editing) changeButton.current?.focus();
    if (editing) document.getElementById(PLAN_FIELDS.summary.targetId)?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const startEditing = () => {
    setText(plan.summary);
    setEditing(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAttempt((count) => count + 1);
    try {
      const saved = await saveServicePlanSummary(api, plan.service.id, { summary: text, yearId: plan.year?.id });
      setBusy(false);
      setEditing(false);
      onSaved(saved, 'Saved the summary.');
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="plan-summary-heading" className={shared.section}>
      <h2 id="plan-summary-heading" className={shared.sectionHeading}>
        Summary
      </h2>
      {editing ? (
        <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label="Change the summary">
          {error ? <ProblemSummary headingId="plan-summary-problems" detail="The summary was not saved." items={errorProblemItems(error, [PLAN_FIELDS.summary])} focusKey={attempt} /> : null}
          <Field
            label={PLAN_FIELDS.summary.label}
            hint={`What the service means to achieve digitally this year. Up to ${SERVICE_PLAN_LIMITS.summaryMax} characters.`}
            validationMessage={fieldMessage(error?.fieldErrors ?? [], PLAN_FIELDS.summary)}
          >
            <Textarea id={PLAN_FIELDS.summary.targetId} resize="vertical" textarea={{ rows: 5 }} value={text} onChange={(_, data) => setText(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={busy}>
              {busy ? 'Saving…' : 'Save the summary'}
            </Button>
            <Button
              disabledFocusable={busy}
              onClick={() => {
                setText(plan.summary);
                setError(null);
                setEditing(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p className={mergeClasses(shared.paragraph, styles.text)}>{plan.summary || 'No summary has been written yet.'}</p>
          {plan.canEdit ? (
            <div>
              <Button ref={changeButton} icon={<EditRegular />} onClick={startEditing}>
                {plan.summary ? 'Change the summary' : 'Write a summary'}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
