import { Button, Card, Checkbox, Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldProblem, Reference } from '../../../../api/src/contracts/common';
import { DROP_IN_FORMAT_LABELS, DropInFormat, type DropIn, type DropInInput } from '../../../../api/src/contracts/drop-ins';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { createDropIn } from '../../api/drop-ins-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { fieldMessage, problemItems, type FormField } from '../../components/form-problems';
import { SkillCheckboxes, type SkillChoice } from '../support-log/SkillCheckboxes';
import { addDays, ukDateTimeIso, ukToday } from '../support-log/uk-time';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '42rem' },
  heading: { outlineStyle: 'none' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  short: { minWidth: '9rem' },
  formats: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const FIELDS = {
  title: { field: 'body.title', label: 'Title', targetId: 'drop-in-title' },
  description: { field: 'body.description', label: 'What it covers', targetId: 'drop-in-description' },
  startsAt: { field: 'body.startsAt', label: 'Date and start time', targetId: 'drop-in-date' },
  endsAt: { field: 'body.endsAt', label: 'End time', targetId: 'drop-in-end' },
  format: { field: 'body.format', label: 'In person or online', targetId: 'drop-in-format' },
  siteId: { field: 'body.siteId', label: 'Building', targetId: 'drop-in-site' },
  place: { field: 'body.place', label: 'Room or desk', targetId: 'drop-in-place' },
  alsoOnline: { field: 'body.alsoOnline', label: 'Also online', targetId: 'drop-in-also-online' },
  capacity: { field: 'body.capacity', label: 'Places', targetId: 'drop-in-capacity' },
  categoryKeys: { field: 'body.categoryKeys', label: 'Skills', targetId: 'drop-in-skills' },
} satisfies Record<string, FormField>;

interface Draft {
  title: string;
  description: string;
  date: string;
  start: string;
  end: string;
  format: DropInFormat;
  siteId: string;
  place: string;
  alsoOnline: boolean;
  capacity: string;
  categoryKeys: string[];
}

const firstDraft = (): Draft => ({
  title: '',
  description: '',
  date: addDays(ukToday(), 7),
  start: '10:00',
  end: '11:00',
  format: 'in-person',
  siteId: '',
  place: '',
  alsoOnline: false,
  capacity: '10',
  categoryKeys: [],
});

/** Times are UK times; a missing date or time is caught here, as the server cannot name what it was not sent. */
function inputOf(draft: Draft): { input?: Partial<DropInInput>; problems: FieldProblem[] } {
  const startsAt = ukDateTimeIso(draft.date, draft.start);
  const endsAt = ukDateTimeIso(draft.date, draft.end);
  const problems: FieldProblem[] = [];
  if (!startsAt) problems.push({ field: 'body.startsAt', message: 'is needed: enter the date and the start time' });
  if (!endsAt) problems.push({ field: 'body.endsAt', message: 'is needed' });
  if (!startsAt || !endsAt) return { problems };
  const inPerson = draft.format === 'in-person';
  return {
    problems,
    input: {
      title: draft.title,
      description: draft.description,
      startsAt,
      endsAt,
      format: draft.format,
      siteId: inPerson && draft.siteId ? draft.siteId : null,
      place: inPerson ? draft.place : '',
      alsoOnline: inPerson && draft.alsoOnline,
      capacity: draft.capacity.trim() === '' ? undefined : Number(draft.capacity),
      categoryKeys: draft.categoryKeys,
    },
  };
}

/** A champion puts on a drop-in. Online ones (and in-person ones also online) get a Teams meeting. */
export function DropInForm({ skills, sites, onCreated, onCancel }: { skills: readonly SkillChoice[]; sites: readonly Reference[]; onCreated: (dropIn: DropIn) => void; onCancel: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>(firstDraft);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));
  const message = (field: FormField) => fieldMessage(problems, field);
  const inPerson = draft.format === 'in-person';

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const { input, problems: local } = inputOf(draft);
    setProblems(local);
    if (!input) return;
    setBusy(true);
    try {
      onCreated(await createDropIn(api, input));
    } catch (caught) {
      const apiError = asApiError(caught);
      setProblems(apiError.fieldErrors);
      if (apiError.fieldErrors.length === 0) setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="drop-in-form-heading">
        <h3 id="drop-in-form-heading" ref={headingRef} tabIndex={-1} className={`${shared.subHeading} ${styles.heading}`}>
          Put on a drop-in session
        </h3>
        {problems.length > 0 ? (
          <ProblemSummary headingId="drop-in-form-problems" detail="The session was not created." items={problemItems(problems, Object.values(FIELDS))} focusKey={problems} />
        ) : null}
        {error ? <ErrorState title="We could not create the session" error={error} /> : null}
        <Field label="Title" required hint="For example, Getting started with Teams" validationMessage={message(FIELDS.title)}>
          <Input id={FIELDS.title.targetId} value={draft.title} onChange={(_, data) => set({ title: data.value })} />
        </Field>
        <Field label="What it covers (optional)" validationMessage={message(FIELDS.description)}>
          <Textarea id={FIELDS.description.targetId} resize="vertical" value={draft.description} onChange={(_, data) => set({ description: data.value })} />
        </Field>
        <div className={styles.row}>
          <Field className={styles.short} label="Date" required validationMessage={message(FIELDS.startsAt)}>
            <Input id={FIELDS.startsAt.targetId} type="date" min={ukToday()} value={draft.date} onChange={(_, data) => set({ date: data.value })} />
          </Field>
          <Field className={styles.short} label="Start time" required hint="UK time">
            <Input id="drop-in-start" type="time" value={draft.start} onChange={(_, data) => set({ start: data.value })} />
          </Field>
          <Field className={styles.short} label="End time" required hint="At most 8 hours later" validationMessage={message(FIELDS.endsAt)}>
            <Input id={FIELDS.endsAt.targetId} type="time" value={draft.end} onChange={(_, data) => set({ end: data.value })} />
          </Field>
        </div>
        <Field label="In person or online" required validationMessage={message(FIELDS.format)}>
          <RadioGroup id={FIELDS.format.targetId} className={styles.formats} value={draft.format} onChange={(_, data) => set({ format: DropInFormat.parse(data.value) })}>
            {DropInFormat.options.map((format) => (
              <Radio key={format} value={format} label={DROP_IN_FORMAT_LABELS[format]} />
            ))}
          </RadioGroup>
        </Field>
        {inPerson ? (
          <>
            <Field label="Building" required validationMessage={message(FIELDS.siteId)}>
              <Select id={FIELDS.siteId.targetId} value={draft.siteId} onChange={(_, data) => set({ siteId: data.value })}>
                <option value="">Choose a building</option>
                {sites.map((site) => (
                  <option key={site.id} value={site.id}>
                    {site.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Room or desk" required hint="For example, Room 2.14, second floor" validationMessage={message(FIELDS.place)}>
              <Input id={FIELDS.place.targetId} value={draft.place} onChange={(_, data) => set({ place: data.value })} />
            </Field>
            <Field validationMessage={message(FIELDS.alsoOnline)}>
              <Checkbox
                id={FIELDS.alsoOnline.targetId}
                label="Also hold it online, with a Teams meeting for people who cannot come"
                checked={draft.alsoOnline}
                onChange={(_, data) => set({ alsoOnline: data.checked === true })}
              />
            </Field>
          </>
        ) : null}
        <Field className={styles.short} label="Places" required hint="1 to 500" validationMessage={message(FIELDS.capacity)}>
          <Input id={FIELDS.capacity.targetId} type="number" inputMode="numeric" min={1} max={500} value={draft.capacity} onChange={(_, data) => set({ capacity: data.value })} />
        </Field>
        <SkillCheckboxes
          id={FIELDS.categoryKeys.targetId}
          legend="Skills it helps with"
          hint="People looking for help with these skills will find it."
          skills={skills}
          chosen={draft.categoryKeys}
          error={message(FIELDS.categoryKeys)}
          onChange={(categoryKeys) => set({ categoryKeys })}
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabledFocusable={busy}>
            {busy ? 'Creating…' : 'Create session'}
          </Button>
          <Button icon={<DismissRegular />} onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}
