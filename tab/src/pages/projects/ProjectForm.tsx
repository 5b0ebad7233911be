import { Button, Card, Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { FieldProblem, Reference } from '../../../../api/src/contracts/common';
import type { PersonRef } from '../../../../api/src/contracts/champions';
import {
  PROJECT_LIMITS,
  PROJECT_RAGS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  ProjectRag,
  ProjectStage,
  type ProjectChanges,
  type ProjectDetail,
  type ProjectInput,
} from '../../../../api/src/contracts/projects';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { createProject, updateProject } from '../../api/projects-api';
import { asApiError } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { PersonCombobox } from '../../components/PersonCombobox';
import { ProblemSummary } from '../../components/ProblemSummary';
import { useSharedStyles } from '../../components/shared-styles';
import { useRouter } from '../../router/history-router';
import { fieldMessage, problemItems, type FormField } from '../../components/form-problems';
import { projectViewPath } from './project-paths';
import { RagStatus } from './RagStatus';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '42rem' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  short: { minWidth: '10rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Every field, as the server names it, with the label people know it by and where focus goes to fix it. */
const FIELDS = {
  name: { field: 'body.name', label: 'Name', targetId: 'project-name' },
  summary: { field: 'body.summary', label: 'Summary', targetId: 'project-summary' },
  serviceId: { field: 'body.serviceId', label: 'Service', targetId: 'project-service' },
  sponsorPersonId: { field: 'body.sponsorPersonId', label: 'Sponsor', targetId: 'project-sponsor' },
  stage: { field: 'body.stage', label: 'Stage', targetId: 'project-stage' },
  rag: { field: 'body.rag', label: 'Status', targetId: 'project-rag' },
  startsOn: { field: 'body.startsOn', label: 'Start date', targetId: 'project-starts' },
  endsOn: { field: 'body.endsOn', label: 'End date', targetId: 'project-ends' },
  digitalImplications: { field: 'body.digitalImplications', label: 'Digital implications', targetId: 'project-implications' },
} satisfies Record<string, FormField>;

interface Draft {
  name: string;
  summary: string;
  serviceId: string;
  sponsor: PersonRef | null;
  stage: ProjectStage;
  rag: ProjectRag;
  startsOn: string;
  endsOn: string;
  digitalImplications: string;
}

function draftOf(project: ProjectDetail | null): Draft {
  return {
    name: project?.name ?? '',
    summary: project?.summary ?? '',
    serviceId: project?.service?.id ?? '',
    sponsor: project?.sponsor ?? null,
    stage: project?.stage ?? 'idea',
    rag: project?.rag ?? 'green',
    startsOn: project?.startsOn ?? '',
    endsOn: project?.endsOn ?? '',
    digitalImplications: project?.digitalImplications ?? '',
  };
}

/** The form as the API takes it: an empty choice is left out, so the server names it as required. */
function inputOf(draft: Draft): Partial<ProjectInput> {
  return {
    name: draft.name,
    summary: draft.summary,
    serviceId: draft.serviceId || undefined,
    sponsorPersonId: draft.sponsor?.id,
    stage: draft.stage,
    rag: draft.rag,
    startsOn: draft.startsOn || null,
    endsOn: draft.endsOn || null,
    digitalImplications: draft.digitalImplications,
  };
}

/** Only what was changed is sent, so a change never rewrites what someone else changed meanwhile. */
function changesOf(original: Draft, draft: Draft): ProjectChanges {
  const before = inputOf(original);
  const after = inputOf(draft);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ProjectInput)[]) {
    if (after[key] !== before[key]) changes[key] = after[key] ?? null;
  }
  return changes as ProjectChanges;
}

/**
 * A project keeps its service and sponsor: clearing one is caught here, as a change that
 * leaves a field out would keep the old value without saying so.
 */
function clearedChoices(draft: Draft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.serviceId) problems.push({ field: FIELDS.serviceId.field, message: 'is required' });
  if (!draft.sponsor) problems.push({ field: FIELDS.sponsorPersonId.field, message: 'is required: type their name, then choose them from the list' });
  return problems;
}

/** The digital team adds a project to the register, or changes one. */
export function ProjectForm({ project, services }: { project: ProjectDetail | null; services: readonly Reference[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { navigate } = useRouter();
  const [original] = useState<Draft>(() => draftOf(project));
  const [draft, setDraft] = useState<Draft>(original);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));
  const message = (field: FormField) => fieldMessage(problems, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const cleared = project ? clearedChoices(draft) : [];
    if (cleared.length > 0) {
      setProblems(cleared);
      return;
    }
    setBusy(true);
    try {
      const saved = project ? await updateProject(api, project.id, changesOf(original, draft)) : await createProject(api, inputOf(draft));
      navigate(projectViewPath(saved.id));
    } catch (caught) {
      const apiError = asApiError(caught);
      setProblems(apiError.fieldErrors);
      if (apiError.fieldErrors.length === 0) setError(apiError);
      setBusy(false);
    }
  };

  return (
    <Card className={shared.card}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label={project ? `Edit ${project.name}` : 'Add a project'}>
        {problems.length > 0 ? (
          <ProblemSummary headingId="project-form-problems" detail="The project was not saved." items={problemItems(problems, Object.values(FIELDS))} focusKey={problems} scrollOnFocus />
        ) : null}
        {error ? <ErrorState title="We could not save the project" error={error} /> : null}
        <Field label="Name" required hint={`Unique in the register. ${PROJECT_LIMITS.nameMin} to ${PROJECT_LIMITS.nameMax} characters.`} validationMessage={message(FIELDS.name)}>
          <Input id={FIELDS.name.targetId} value={draft.name} onChange={(_, data) => set({ name: data.value })} />
        </Field>
        <Field label="Summary (optional)" hint="What the project is for, in a sentence or two." validationMessage={message(FIELDS.summary)}>
          <Textarea id={FIELDS.summary.targetId} resize="vertical" value={draft.summary} onChange={(_, data) => set({ summary: data.value })} />
        </Field>
        <Field label="Service" required validationMessage={message(FIELDS.serviceId)}>
          <Select id={FIELDS.serviceId.targetId} value={draft.serviceId} onChange={(_, data) => set({ serviceId: data.value })}>
            <option value="">Choose a service</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </Select>
        </Field>
        <PersonCombobox
          id={FIELDS.sponsorPersonId.targetId}
          label="Sponsor"
          required
          chosen={draft.sponsor}
          onChoose={(sponsor) => set({ sponsor })}
          validationMessage={message(FIELDS.sponsorPersonId)}
        />
        <Field label="Stage" required validationMessage={message(FIELDS.stage)}>
          <Select id={FIELDS.stage.targetId} value={draft.stage} onChange={(_, data) => set({ stage: ProjectStage.parse(data.value) })}>
            {PROJECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {PROJECT_STAGE_LABELS[stage]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Status" required validationMessage={message(FIELDS.rag)}>
          <RadioGroup id={FIELDS.rag.targetId} value={draft.rag} onChange={(_, data) => set({ rag: ProjectRag.parse(data.value) })}>
            {PROJECT_RAGS.map((rag) => (
              <Radio key={rag} value={rag} label={<RagStatus rag={rag} />} />
            ))}
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Field className={styles.short} label="Start date (optional)" validationMessage={message(FIELDS.startsOn)}>
            <Input id={FIELDS.startsOn.targetId} type="date" value={draft.startsOn} onChange={(_, data) => set({ startsOn: data.value })} />
          </Field>
          <Field className={styles.short} label="End date (optional)" hint="On or after the start date" validationMessage={message(FIELDS.endsOn)}>
            <Input id={FIELDS.endsOn.targetId} type="date" value={draft.endsOn} onChange={(_, data) => set({ endsOn: data.value })} />
          </Field>
        </div>
        <Field
          label="Digital implications"
          hint={`Recorded when the project starts: what it changes for staff, residents, data and systems. Up to ${PROJECT_LIMITS.implicationsMax} characters.`}
          validationMessage={message(FIELDS.digitalImplications)}
        >
          <Textarea
            id={FIELDS.digitalImplications.targetId}
            textarea={{ rows: 6 }}
            resize="vertical"
            value={draft.digitalImplications}
            onChange={(_, data) => set({ digitalImplications: data.value })}
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabledFocusable={busy}>
            {project ? 'Save changes' : 'Add project'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
