import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Campaign, CampaignInput, PopulationChoice, PopulationOptions } from '../../../../api/src/contracts/audit-campaigns';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { createCampaign } from '../../api/campaigns-api';
import { asApiError } from '../../api/use-api-query';
import { errorProblemItems, type FormField } from '../../components/form-problems';
import { plural } from '../../components/format';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { addDaysIso, todayIso } from './campaign-format';

const REMINDER_CHOICES = [14, 7, 3, 1] as const;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '42rem' },
  heading: { outlineStyle: 'none' },
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  date: { minWidth: '12rem' },
  fieldset: { border: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: '0', marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { margin: '0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  choices: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))' },
  error: { margin: '0', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

interface Draft {
  name: string;
  opensOn: string;
  closesOn: string;
  everyone: boolean;
  serviceIds: string[];
  siteIds: string[];
  reminderDays: number[];
}

function firstDraft(): Draft {
  const today = todayIso();
  return { name: '', opensOn: today, closesOn: addDaysIso(today, 28), everyone: true, serviceIds: [], siteIds: [], reminderDays: [7, 1] };
}

function inputOf(draft: Draft): CampaignInput {
  return {
    name: draft.name,
    opensOn: draft.opensOn,
    closesOn: draft.closesOn,
    population: draft.everyone ? { kind: 'everyone' } : { kind: 'chosen', serviceIds: draft.serviceIds, siteIds: draft.siteIds },
    reminderDays: [...draft.reminderDays].sort((a, b) => b - a),
  };
}

/** The form's fields as the server names them, for the problem summary's links. */
const FIELDS = {
  name: { field: 'body.name', label: 'Name', targetId: 'campaign-name' },
  opensOn: { field: 'body.opensOn', label: 'Opens on', targetId: 'campaign-opens-on' },
  closesOn: { field: 'body.closesOn', label: 'Closes on', targetId: 'campaign-closes-on' },
  population: { field: 'body.population', label: 'Who is invited', targetId: 'campaign-population' },
  reminderDays: { field: 'body.reminderDays', label: 'Reminders', targetId: 'campaign-reminders' },
} satisfies Record<string, FormField>;

function messagesFor(error: ApiError | null, prefix: string): string | undefined {
  const messages = (error?.fieldErrors ?? [])
    .filter((problem) => problem.field === prefix || problem.field.startsWith(`${prefix}.`) || problem.field.startsWith(`${prefix}[`))
    .map((problem) => problem.message);
  return messages.length > 0 ? messages.join('; ') : undefined;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

function ChoiceList({
  legend,
  hint,
  choices,
  chosen,
  onChange,
}: {
  legend: string;
  hint: string;
  choices: PopulationChoice[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <p className={styles.hint}>{hint}</p>
      <div className={styles.choices}>
        {choices.map((choice) => (
          <Checkbox
            key={choice.id}
            label={`${choice.name} (${plural(choice.people, 'person', 'people')})`}
            checked={chosen.includes(choice.id)}
            onChange={(_, data) => onChange(toggle(chosen, choice.id, data.checked === true))}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** HR's form for a new campaign; it is saved as a draft and nobody hears of it until it is launched. */
export function CampaignForm({
  options,
  onCreated,
  onCancel,
}: {
  options: PopulationOptions;
  onCreated: (campaign: Campaign) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>(firstDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createCampaign(api, inputOf(draft)));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const populationError = messagesFor(error, 'body.population');
  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="campaign-form-heading">
        <h2 id="campaign-form-heading" ref={headingRef} tabIndex={-1} className={`${shared.sectionHeading} ${styles.heading}`}>
          New campaign
        </h2>
        {error ? <ProblemSummary headingId="campaign-problems" detail="The campaign was not created." items={errorProblemItems(error, Object.values(FIELDS))} focusKey={error} /> : null}

        <Field label="Name" required validationMessage={messagesFor(error, 'body.name')} hint="For example, Digital skills audit 2026">
          <Input id={FIELDS.name.targetId} value={draft.name} onChange={(_, data) => set({ name: data.value })} />
        </Field>
        <div className={styles.dates}>
          <Field className={styles.date} label="Opens on" required validationMessage={messagesFor(error, 'body.opensOn')}>
            <Input id={FIELDS.opensOn.targetId} type="date" value={draft.opensOn} onChange={(_, data) => set({ opensOn: data.value })} />
          </Field>
          <Field className={styles.date} label="Closes on" required validationMessage={messagesFor(error, 'body.closesOn')} hint="The last day answers are taken">
            <Input id={FIELDS.closesOn.targetId} type="date" value={draft.closesOn} onChange={(_, data) => set({ closesOn: data.value })} />
          </Field>
        </div>

        <Field label="Who is invited" validationMessage={draft.everyone ? populationError : undefined}>
          <RadioGroup id={FIELDS.population.targetId} value={draft.everyone ? 'everyone' : 'chosen'} onChange={(_, data) => set({ everyone: data.value === 'everyone' })}>
            <Radio value="everyone" label={`Everyone in the directory (${plural(options.everyone, 'person', 'people')})`} />
            <Radio value="chosen" label="People in chosen services, or at chosen sites" />
          </RadioGroup>
        </Field>
        {draft.everyone ? null : (
          <>
            {populationError ? <p className={styles.error}>{populationError}</p> : null}
            <ChoiceList
              legend="Services"
              hint="Everyone in each service you tick."
              choices={options.services}
              chosen={draft.serviceIds}
              onChange={(serviceIds) => set({ serviceIds })}
            />
            <ChoiceList
              legend="Sites"
              hint="Everyone who works at each site you tick, whatever their service."
              choices={options.sites}
              chosen={draft.siteIds}
              onChange={(siteIds) => set({ siteIds })}
            />
          </>
        )}

        <fieldset id={FIELDS.reminderDays.targetId} className={styles.fieldset}>
          <legend className={styles.legend}>Reminders</legend>
          <p className={styles.hint}>The bot reminds people who have not finished. Reminders go out from 9am.</p>
          {messagesFor(error, 'body.reminderDays') ? <p className={styles.error}>{messagesFor(error, 'body.reminderDays')}</p> : null}
          {REMINDER_CHOICES.map((days) => (
            <Checkbox
              key={days}
              label={days === 1 ? 'The day before it closes' : `${days} days before it closes`}
              checked={draft.reminderDays.includes(days)}
              onChange={(_, data) => set({ reminderDays: toggle(draft.reminderDays, days, data.checked === true) })}
            />
          ))}
        </fieldset>

        <p className={styles.hint}>The campaign is saved as a draft. Nobody is invited until you launch it.</p>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabledFocusable={busy}>
            {busy ? 'Creating…' : 'Create campaign'}
          </Button>
          <Button onClick={onCancel} disabledFocusable={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}
