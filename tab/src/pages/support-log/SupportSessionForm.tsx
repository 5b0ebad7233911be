import { Button, Card, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import {
  LOGGABLE_KINDS,
  LoggableKind,
  SUPPORT_SESSION_KIND_LABELS,
  type SupportSession,
  type SupportSessionInput,
} from '../../../../api/src/contracts/support-log';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { logSupportSession } from '../../api/support-log-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { fieldMessage, problemItems, type FormField } from '../../components/form-problems';
import { SkillCheckboxes, type SkillChoice } from './SkillCheckboxes';
import { ukToday } from './uk-time';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '42rem' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  short: { minWidth: '10rem' },
  kinds: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

const FIELDS = {
  kind: { field: 'body.kind', label: 'Kind of session', targetId: 'support-kind', missing: 'Choose the kind of session' },
  happenedOn: { field: 'body.happenedOn', label: 'Date', targetId: 'support-date', missing: 'Enter the date of the session' },
  minutes: { field: 'body.minutes', label: 'Minutes', targetId: 'support-minutes', missing: 'Enter the minutes you spent' },
  peopleHelped: { field: 'body.peopleHelped', label: 'People helped', targetId: 'support-people', missing: 'Enter how many people you helped' },
  categoryKeys: { field: 'body.categoryKeys', label: 'Skills', targetId: 'support-skills' },
  note: { field: 'body.note', label: 'Note', targetId: 'support-note' },
} satisfies Record<string, FormField>;

interface Draft {
  kind: LoggableKind;
  happenedOn: string;
  minutes: string;
  peopleHelped: string;
  categoryKeys: string[];
  note: string;
}

const firstDraft = (): Draft => ({ kind: 'one-to-one', happenedOn: ukToday(), minutes: '', peopleHelped: '1', categoryKeys: [], note: '' });

/** Empty number boxes are left out, so the server names them: "Minutes is required". */
function inputOf(draft: Draft): Partial<SupportSessionInput> {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
  return { kind: draft.kind, happenedOn: draft.happenedOn, minutes: number(draft.minutes), peopleHelped: number(draft.peopleHelped), categoryKeys: draft.categoryKeys, note: draft.note };
}

/** A champion logs a session they gave; every problem is listed at the top and next to its field. */
export function SupportSessionForm({ skills, onLogged }: { skills: readonly SkillChoice[]; onLogged: (session: SupportSession) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>(firstDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));
  const problems = error?.fieldErrors ?? [];
  const message = (field: FormField) => fieldMessage(problems, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLogged(await logSupportSession(api, inputOf(draft)));
      setDraft(firstDraft());
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="log-session-heading">
        <h2 id="log-session-heading" className={shared.sectionHeading}>
          Log a session
        </h2>
        {problems.length > 0 ? (
          <ProblemSummary headingId="log-session-problems" detail="The session was not logged." items={problemItems(problems, Object.values(FIELDS))} focusKey={error} />
        ) : null}
        {error && problems.length === 0 ? <ErrorState title="We could not log the session" error={error} /> : null}

        <Field label="Kind of session" required validationMessage={message(FIELDS.kind)}>
          <RadioGroup id={FIELDS.kind.targetId} className={styles.kinds} value={draft.kind} onChange={(_, data) => set({ kind: LoggableKind.parse(data.value) })}>
            {LOGGABLE_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={SUPPORT_SESSION_KIND_LABELS[kind]} />
            ))}
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Field className={styles.short} label="Date" required hint="Today or earlier" validationMessage={message(FIELDS.happenedOn)}>
            <Input id={FIELDS.happenedOn.targetId} type="date" value={draft.happenedOn} max={ukToday()} onChange={(_, data) => set({ happenedOn: data.value })} />
          </Field>
          <Field className={styles.short} label="Minutes" required hint="1 to 600" validationMessage={message(FIELDS.minutes)}>
            <Input id={FIELDS.minutes.targetId} type="number" inputMode="numeric" min={1} max={600} value={draft.minutes} onChange={(_, data) => set({ minutes: data.value })} />
          </Field>
          <Field className={styles.short} label="People helped" required validationMessage={message(FIELDS.peopleHelped)}>
            <Input id={FIELDS.peopleHelped.targetId} type="number" inputMode="numeric" min={1} max={500} value={draft.peopleHelped} onChange={(_, data) => set({ peopleHelped: data.value })} />
          </Field>
        </div>
        <SkillCheckboxes
          id={FIELDS.categoryKeys.targetId}
          legend="Skills it covered"
          hint="Choose any that apply."
          skills={skills}
          chosen={draft.categoryKeys}
          error={message(FIELDS.categoryKeys)}
          onChange={(categoryKeys) => set({ categoryKeys })}
        />
        <Field label="Note (optional)" hint="What you helped with. Do not include anything personal about the people you helped." validationMessage={message(FIELDS.note)}>
          <Textarea id={FIELDS.note.targetId} resize="vertical" value={draft.note} onChange={(_, data) => set({ note: data.value })} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabledFocusable={busy}>
            {busy ? 'Saving…' : 'Log session'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
