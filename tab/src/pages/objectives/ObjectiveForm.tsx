import { Button, Card, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular, SendRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { FieldProblem } from '../../../../api/src/contracts/common';
import type { AppraisalYear, Objective } from '../../../../api/src/contracts/objectives';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { createObjective, proposeObjective, updateObjective } from '../../api/objectives-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { useRouter } from '../../router/history-router';
import { fieldMessage, problemItems } from '../../components/form-problems';
import { formatLongDate } from '../../components/format';
import { KindChoice } from './KindChoice';
import { KindLinkFields } from './KindLinkFields';
import { OBJECTIVE_FIELDS, draftOf, inputOf, objectiveFields, type ObjectiveDraft, type ObjectiveFieldName } from './objective-form-fields';
import { objectiveViewPath } from './objective-format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '44rem' },
  date: { maxWidth: '14rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * Writing an objective, or changing a draft or a returned one. "Save draft" keeps it to
 * yourself; "Save and propose" sends it to your manager to agree.
 */
export function ObjectiveForm({ objective, year, categories }: { objective: Objective | null; year: AppraisalYear | null; categories: readonly FrameworkCategory[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { navigate } = useRouter();
  const [draft, setDraft] = useState<ObjectiveDraft>(() => draftOf(objective));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Once a new objective is saved, trying again (say the proposal failed) changes it rather than writing a second one.
  const [savedId, setSavedId] = useState<string | null>(objective?.id ?? null);
  const set = (next: Partial<ObjectiveDraft>) => setDraft((current) => ({ ...current, ...next }));
  const fields = objectiveFields(draft);
  const errors = Object.fromEntries((Object.keys(fields) as ObjectiveFieldName[]).map((field) => [field, fieldMessage(problems, fields[field])]));

  const save = async (thenPropose: boolean) => {
    setError(null);
    setProblems([]);
    setBusy(true);
    try {
      const input = inputOf(draft);
      let saved = savedId ? await updateObjective(api, savedId, input) : await createObjective(api, { ...input, ...(year ? { yearId: year.id } : {}) });
      setSavedId(saved.id);
      if (thenPropose) saved = await proposeObjective(api, saved.id);
      navigate(objectiveViewPath(saved.id, thenPropose ? 'proposed' : 'saved'));
    } catch (caught) {
      const apiError = asApiError(caught);
      setProblems(apiError.fieldErrors);
      if (apiError.fieldErrors.length === 0) setError(apiError);
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  const yearHint = year ? ` It must fall in the appraisal year, between ${formatLongDate(year.startsOn)} and ${formatLongDate(year.endsOn)}.` : '';
  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={submit} noValidate aria-label={objective ? 'Change the objective' : 'Write a digital objective'}>
        {problems.length > 0 ? (
          <ProblemSummary headingId="objective-problems" detail="The objective was not saved." items={problemItems(problems, Object.values(fields))} focusKey={problems} scrollOnFocus />
        ) : null}
        {error ? <ErrorState title="The objective was not saved" error={error} /> : null}
        <KindChoice kind={draft.kind} error={errors.kind} onChange={(kind) => set({ kind })} />
        <KindLinkFields draft={draft} categories={categories} errors={errors} onChange={set} />
        <Field label="Title" required hint="A short name for it, such as “Share files in OneDrive instead of attaching them”. 5 to 200 characters." validationMessage={errors.title}>
          <Input id={OBJECTIVE_FIELDS.title.targetId} value={draft.title} onChange={(_, data) => set({ title: data.value })} />
        </Field>
        <Field
          label="What success looks like"
          required
          hint="How you and your manager will know you have done it, such as “I keep my team’s files in OneDrive and send links, not attachments.”"
          validationMessage={errors.successMeasure}
        >
          <Textarea id={OBJECTIVE_FIELDS.successMeasure.targetId} resize="vertical" rows={4} value={draft.successMeasure} onChange={(_, data) => set({ successMeasure: data.value })} />
        </Field>
        <Field className={styles.date} label="Target date" required hint={`When you aim to have done it.${yearHint}`} validationMessage={errors.targetDate}>
          <Input
            id={OBJECTIVE_FIELDS.targetDate.targetId}
            type="date"
            min={year?.startsOn}
            max={year?.endsOn}
            value={draft.targetDate}
            onChange={(_, data) => set({ targetDate: data.value })}
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" icon={<SaveRegular />} disabledFocusable={busy}>
            {objective?.status === 'returned' ? 'Save changes' : 'Save draft'}
          </Button>
          <Button appearance="primary" icon={<SendRegular />} disabledFocusable={busy} onClick={() => void save(true)}>
            Save and propose to my manager
          </Button>
        </div>
      </form>
    </Card>
  );
}
