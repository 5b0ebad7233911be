import { Button, Card, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { WEEKDAY_LABELS, type ChampionProfile, type ChampionProfileChoices, type ChampionProfileInput } from '../../../../api/src/contracts/champions';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { updateMyProfile } from '../../api/champions-api';
import { asApiError } from '../../api/use-api-query';
import { ProblemSummary, type ProblemItem } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { fieldErrorsOf, listErrors } from '../../components/form-problems';
import { Notice } from '../../components/Notice';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '44rem' },
  short: { maxWidth: '10rem' },
  fieldset: { border: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: '0', marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { margin: '0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { margin: '0', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  days: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))' },
});

/** Where each field the server can name lives on the form, and what people call it. */
const FIELDS = [
  { field: 'body.specialisms', id: 'profile-specialisms', label: 'What you can help with' },
  { field: 'body.siteId', id: 'profile-site', label: 'Where you help in person' },
  { field: 'body.serviceId', id: 'profile-service', label: 'The service whose systems you know' },
  { field: 'body.workingDays', id: 'profile-day-1', label: 'Days you can help' },
  { field: 'body.capacity', id: 'profile-capacity', label: 'How many people at once' },
  { field: 'body.about', id: 'profile-about', label: 'About you' },
] as const;

interface Draft {
  specialisms: string;
  siteId: string;
  serviceId: string;
  workingDays: number[];
  capacity: string;
  about: string;
}

function draftOf(profile: ChampionProfile): Draft {
  return {
    specialisms: profile.specialisms.join('\n'),
    siteId: profile.siteId ?? '',
    serviceId: profile.serviceId ?? '',
    workingDays: profile.workingDays,
    capacity: String(profile.capacity),
    about: profile.about,
  };
}

/** Empty choices mean "as in the directory"; anything typed goes to the server, which names what is wrong. */
function inputOf(draft: Draft): ChampionProfileInput {
  return {
    specialisms: draft.specialisms.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    siteId: draft.siteId || null,
    serviceId: draft.serviceId || null,
    workingDays: [...draft.workingDays].sort((a, b) => a - b),
    capacity: draft.capacity.trim() === '' ? Number.NaN : Number(draft.capacity),
    about: draft.about,
  };
}

/** The champion's own profile: what they help with, where, for which service, on which days, how many people at once. */
export function ProfileForm({ profile, choices, onSaved }: { profile: ChampionProfile; choices: ChampionProfileChoices; onSaved: (saved: ChampionProfile) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));
  const errors = fieldErrorsOf(error);
  const messageFor = (field: string) => listErrors(errors, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    setAttempt((count) => count + 1);
    try {
      onSaved(await updateMyProfile(api, inputOf(draft)));
      setSaved(true);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const items: ProblemItem[] = FIELDS.flatMap(({ field, id, label }) => {
    const message = messageFor(field);
    return message ? [{ key: field, text: `${label}: ${message}`, href: `#${id}`, onFollow: () => document.getElementById(id)?.focus() }] : [];
  });
  if (error && items.length === 0) items.push({ key: 'other', text: error.message });

  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="profile-form-heading">
        <h2 id="profile-form-heading" className={shared.sectionHeading}>
          Your champion profile
        </h2>
        {items.length > 0 ? <ProblemSummary headingId="profile-problems" detail="Your profile was not saved." items={items} focusKey={attempt} /> : null}
        {saved ? (
          <Notice intent="success" role="status">Your profile is saved.</Notice>
        ) : null}
        <Field label="What you can help with" hint="One thing on each line, for example Excel, screen readers or the housing system. Up to 12." validationMessage={messageFor('body.specialisms')}>
          <Textarea id="profile-specialisms" resize="vertical" rows={4} value={draft.specialisms} onChange={(_, data) => set({ specialisms: data.value })} />
        </Field>
        <Field label="Where you help in person" validationMessage={messageFor('body.siteId')}>
          <Select id="profile-site" value={draft.siteId} onChange={(_, data) => set({ siteId: data.value })}>
            <option value="">Where I work, as in the staff directory</option>
            {choices.sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="The service whose systems you know" validationMessage={messageFor('body.serviceId')}>
          <Select id="profile-service" value={draft.serviceId} onChange={(_, data) => set({ serviceId: data.value })}>
            <option value="">My service, as in the staff directory</option>
            {choices.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.fieldset} aria-describedby="profile-days-hint">
          <legend className={styles.legend}>Days you can help</legend>
          <p id="profile-days-hint" className={styles.hint}>
            Requests are only sent to you on these days. Choose at least one.
          </p>
          {messageFor('body.workingDays') ? <p className={styles.error}>{messageFor('body.workingDays')}</p> : null}
          <div className={styles.days}>
            {WEEKDAY_LABELS.map((label, index) => {
              const day = index + 1;
              return (
                <Checkbox
                  key={label}
                  id={`profile-day-${day}`}
                  label={label}
                  checked={draft.workingDays.includes(day)}
                  onChange={(_, data) =>
                    set({ workingDays: data.checked === true ? [...draft.workingDays.filter((d) => d !== day), day] : draft.workingDays.filter((d) => d !== day) })
                  }
                />
              );
            })}
          </div>
        </fieldset>
        <Field label="How many people you can support at once" hint="Between 1 and 20" validationMessage={messageFor('body.capacity')} className={styles.short}>
          <Input id="profile-capacity" type="number" min={1} max={20} value={draft.capacity} onChange={(_, data) => set({ capacity: data.value })} />
        </Field>
        <Field label="About you" hint="A sentence or two colleagues see when they look for a champion. Up to 600 characters." validationMessage={messageFor('body.about')}>
          <Textarea id="profile-about" resize="vertical" rows={3} maxLength={600} value={draft.about} onChange={(_, data) => set({ about: data.value })} />
        </Field>
        <div>
          <Button appearance="primary" type="submit" icon={<SaveRegular />} disabledFocusable={busy}>
            {busy ? 'Saving…' : 'Save my profile'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
