import {
  Button,
  Card,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, ErrorCircleRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  RESOURCE_KIND_LABELS,
  ResourceKind,
  type LearningResource,
  type LearningResourceInput,
} from '../../../../api/src/contracts/learning-resources';
import type { FrameworkCategory } from '../../../../api/src/contracts/skills-framework';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { createLearningResource, updateLearningResource } from '../../api/learning-resources-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { fieldErrorsOf, listErrors, problemItems, type FormField } from '../../components/form-problems';
import { ProblemSummary } from '../../components/ProblemSummary';
import { SkillPicker } from './SkillPicker';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { outlineStyle: 'none' },
  short: { maxWidth: '12rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  kinds: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupLabel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

interface Draft {
  title: string;
  kind: ResourceKind;
  description: string;
  url: string;
  provider: string;
  durationMinutes: string;
  statementKeys: string[];
  categoryKeys: string[];
}

function draftOf(resource: LearningResource | null): Draft {
  return {
    title: resource?.title ?? '',
    kind: resource?.kind ?? 'guide',
    description: resource?.description ?? '',
    url: resource?.url ?? '',
    provider: resource?.provider ?? '',
    durationMinutes: resource?.durationMinutes ? String(resource.durationMinutes) : '',
    statementKeys: resource?.statementKeys ?? [],
    categoryKeys: resource?.categoryKeys ?? [],
  };
}

/** Empty optional boxes mean "none"; anything typed goes to the server, which names what is wrong. */
function inputOf(draft: Draft): LearningResourceInput {
  const minutes = draft.durationMinutes.trim();
  return {
    title: draft.title,
    kind: draft.kind,
    description: draft.description,
    url: draft.url.trim() === '' ? null : draft.url.trim(),
    provider: draft.provider.trim() === '' ? null : draft.provider,
    durationMinutes: minutes === '' ? null : Number(minutes),
    statementKeys: draft.statementKeys,
    categoryKeys: draft.categoryKeys,
  };
}

/** Prefixes the server's message with the field's name: "Title must be at least 3 characters". */
function labelled(label: string, message: string | undefined): string | undefined {
  return message ? `${label} ${message}` : undefined;
}

/** The form's fields as the server names them, for the problem summary's links. */
const FIELDS = {
  title: { field: 'body.title', label: 'Title', targetId: 'resource-title' },
  kind: { field: 'body.kind', label: 'Kind', targetId: 'resource-kind' },
  description: { field: 'body.description', label: 'Description', targetId: 'resource-description' },
  url: { field: 'body.url', label: 'Web address', targetId: 'resource-url' },
  provider: { field: 'body.provider', label: 'Provider', targetId: 'resource-provider' },
  durationMinutes: { field: 'body.durationMinutes', label: 'Time it takes', targetId: 'resource-duration' },
  statementKeys: { field: 'body.statementKeys', label: 'Skills', targetId: 'resource-skills' },
  categoryKeys: { field: 'body.categoryKeys', label: 'Skills', targetId: 'resource-skills' },
} satisfies Record<string, FormField>;

interface ResourceFormProps {
  /** Null to add a new resource. */
  resource: LearningResource | null;
  categories: FrameworkCategory[];
  onSaved: (resource: LearningResource) => void;
  onCancel: () => void;
}

export function ResourceForm({ resource, categories, onSaved, onCancel }: ResourceFormProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>(() => draftOf(resource));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errors = fieldErrorsOf(error);
  const problemCount = Object.keys(errors).length;
  const title = resource ? `Change “${resource.title}”` : 'Add a resource';

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = inputOf(draft);
      onSaved(resource ? await updateLearningResource(api, resource.id, input) : await createLearningResource(api, input));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const skillsError = [listErrors(errors, 'body.statementKeys'), listErrors(errors, 'body.categoryKeys')].filter(Boolean).join(' ');
  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="resource-form-heading">
        <h2 id="resource-form-heading" ref={headingRef} tabIndex={-1} className={`${shared.sectionHeading} ${styles.heading}`}>
          {title}
        </h2>
        {problemCount > 0 ? (
          <ProblemSummary headingId="resource-problems" detail="The resource was not saved." items={problemItems(error?.fieldErrors ?? [], Object.values(FIELDS))} focusKey={error} />
        ) : null}
        <Field label="Title" required validationMessage={labelled('Title', errors['body.title'])}>
          <Input id={FIELDS.title.targetId} value={draft.title} onChange={(_, data) => set({ title: data.value })} />
        </Field>
        <Field label="Kind of resource" required validationMessage={labelled('Kind', errors['body.kind'])}>
          <RadioGroup id={FIELDS.kind.targetId} className={styles.kinds} value={draft.kind} onChange={(_, data) => set({ kind: ResourceKind.parse(data.value) })}>
            {ResourceKind.options.map((kind) => (
              <Radio key={kind} value={kind} label={RESOURCE_KIND_LABELS[kind]} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label="Description"
          required
          hint="Say in a sentence or two what people will learn, and when and where it happens for a drop-in."
          validationMessage={labelled('Description', errors['body.description'])}
        >
          <Textarea id={FIELDS.description.targetId} resize="vertical" value={draft.description} onChange={(_, data) => set({ description: data.value })} />
        </Field>
        <Field
          label="Web address (optional)"
          hint="The full address, starting with https://. Leave empty for a drop-in or a printed guide."
          validationMessage={labelled('Web address', errors['body.url'])}
        >
          <Input id={FIELDS.url.targetId} type="url" inputMode="url" value={draft.url} onChange={(_, data) => set({ url: data.value })} />
        </Field>
        <Field label="Provider (optional)" hint="Who runs or wrote it, such as Digital Champions or Microsoft Support." validationMessage={labelled('Provider', errors['body.provider'])}>
          <Input id={FIELDS.provider.targetId} value={draft.provider} onChange={(_, data) => set({ provider: data.value })} />
        </Field>
        <Field label="Time it takes, in minutes (optional)" validationMessage={labelled('Time it takes', errors['body.durationMinutes'])}>
          <Input id={FIELDS.durationMinutes.targetId} className={styles.short} inputMode="numeric" value={draft.durationMinutes} onChange={(_, data) => set({ durationMinutes: data.value })} />
        </Field>
        <div id={FIELDS.statementKeys.targetId} role="group" aria-labelledby="skills-label" aria-describedby="skills-hint skills-error" className={styles.group}>
          <span id="skills-label" className={styles.groupLabel}>
            Skills it helps with
          </span>
          <span id="skills-hint" className={styles.hint}>
            Learning plans suggest this resource to people with a gap in these skills. Choose a whole category, single
            skills, or both.
          </span>
          <span id="skills-error" className={styles.error}>
            {skillsError ? (
              <>
                <ErrorCircleRegular aria-hidden="true" /> {skillsError}
              </>
            ) : null}
          </span>
          <SkillPicker
            categories={categories}
            statementKeys={draft.statementKeys}
            categoryKeys={draft.categoryKeys}
            onChange={(keys) => set(keys)}
          />
        </div>
        {error && problemCount === 0 ? <ErrorState title="We could not save the resource" error={error} /> : null}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabledFocusable={busy}>
            {busy ? 'Saving…' : resource ? 'Save changes' : 'Add resource'}
          </Button>
          <Button icon={<DismissRegular />} onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}
