import { Button, Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import {
  PLAN_ITEM_KIND_LABELS,
  PLAN_ITEM_KINDS,
  PLAN_ITEM_STATUS_LABELS,
  PLAN_ITEM_STATUSES,
  SERVICE_PLAN_LIMITS,
  type PlanItemKind,
  type PlanItemStatus,
  type ServicePlan,
  type ServicePlanItem,
} from '../../../../api/src/contracts/service-plans';
import { useApi } from '../../api/api-context';
import type { ApiError } from '../../api/api-error';
import { addServicePlanItem, updateServicePlanItem } from '../../api/service-plans-api';
import { asApiError } from '../../api/use-api-query';
import { errorProblemItems, fieldMessage, type FormField } from '../../components/form-problems';
import { ProblemSummary } from '../../components/ProblemSummary';
import { searchPeople, searchProjects, type Choice } from '../../components/search-choices';
import { SearchPicker } from '../../components/SearchPicker';
import { PLAN_FIELDS, PLAN_ITEM_FIELDS } from './plan-problems';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  narrow: { maxWidth: '20rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

interface Draft {
  kind: PlanItemKind;
  title: string;
  owner: Choice | null;
  measure: string;
  status: PlanItemStatus;
  project: Choice | null;
}

function draftOf(item: ServicePlanItem | null): Draft {
  return {
    kind: item?.kind ?? 'objective',
    title: item?.title ?? '',
    owner: item?.owner ? { id: item.owner.id, name: item.owner.displayName } : null,
    measure: item?.measure ?? '',
    status: item?.status ?? 'not-started',
    project: item?.project ?? null,
  };
}

/**
 * Adds an item to the plan, or changes one. `formId` names the form, so that the page can
 * say what was saved; the server checks everything and names each problem.
 */
export function PlanItemForm({
  plan,
  item,
  onSaved,
  onCancel,
}: {
  plan: ServicePlan;
  /** Null to add a new item. */
  item: ServicePlanItem | null;
  onSaved: (plan: ServicePlan, message: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const items = errorProblemItems(error, PLAN_ITEM_FIELDS);
  const message = (field: FormField) => fieldMessage(error?.fieldErrors ?? [], field);
  const set = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));

  useEffect(() => {
    // The form opens in place of a button: focus goes to its first question.
    document.getElementById(PLAN_FIELDS.kind.targetId)?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAttempt((count) => count + 1);
    const fields = {
      kind: draft.kind,
      title: draft.title,
      measure: draft.measure,
      status: draft.status,
      projectId: draft.project?.id ?? null,
      ...(draft.owner ? { ownerPersonId: draft.owner.id } : {}),
    };
    try {
      const saved = item
        ? await updateServicePlanItem(api, plan.service.id, item.id, fields)
        : await addServicePlanItem(api, plan.service.id, { ...fields, yearId: plan.year?.id });
      onSaved(saved, item ? `Saved the changes to “${draft.title.trim()}”.` : `Added “${draft.title.trim()}” to the ${plan.service.name} plan.`);
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  const heading = item ? `Change “${item.title}”` : 'Add an objective or project';

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label={heading}>
      {items.length > 0 ? <ProblemSummary headingId="plan-item-problems" items={items} focusKey={attempt} scrollOnFocus /> : null}
      <Field label={PLAN_FIELDS.kind.label} required validationMessage={message(PLAN_FIELDS.kind)}>
        <RadioGroup id={PLAN_FIELDS.kind.targetId} value={draft.kind} onChange={(_, data) => set({ kind: data.value as PlanItemKind })}>
          {PLAN_ITEM_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={PLAN_ITEM_KIND_LABELS[kind]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={PLAN_FIELDS.title.label}
        required
        hint={`What the service will do, such as “Let tenants report repairs online”. ${SERVICE_PLAN_LIMITS.titleMin} to ${SERVICE_PLAN_LIMITS.titleMax} characters.`}
        validationMessage={message(PLAN_FIELDS.title)}
      >
        <Input id={PLAN_FIELDS.title.targetId} value={draft.title} onChange={(_, data) => set({ title: data.value })} />
      </Field>
      <SearchPicker
        id={PLAN_FIELDS.ownerPersonId.targetId}
        label={PLAN_FIELDS.ownerPersonId.label}
        hint="The colleague who sees it through. Type at least two letters."
        noun="owner"
        chosen={draft.owner}
        error={message(PLAN_FIELDS.ownerPersonId)}
        search={searchPeople(api)}
        onChoose={(owner) => set({ owner })}
      />
      <Field
        label={PLAN_FIELDS.measure.label}
        required
        hint="How the service will know it worked, such as “Seven in ten repairs reported online by March”."
        validationMessage={message(PLAN_FIELDS.measure)}
      >
        <Textarea id={PLAN_FIELDS.measure.targetId} resize="vertical" value={draft.measure} onChange={(_, data) => set({ measure: data.value })} />
      </Field>
      <Field label={PLAN_FIELDS.status.label} required validationMessage={message(PLAN_FIELDS.status)} className={styles.narrow}>
        <Select id={PLAN_FIELDS.status.targetId} value={draft.status} onChange={(_, data) => set({ status: data.value as PlanItemStatus })}>
          {PLAN_ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {PLAN_ITEM_STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </Field>
      <SearchPicker
        id={PLAN_FIELDS.projectId.targetId}
        label={`${PLAN_FIELDS.projectId.label} (optional)`}
        hint="A project in the digital projects register that this is part of. Type at least two letters."
        noun="register project"
        chosen={draft.project}
        optional
        error={message(PLAN_FIELDS.projectId)}
        search={searchProjects(api)}
        onChoose={(project) => set({ project })}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? 'Saving…' : item ? 'Save changes' : 'Add to the plan'}
        </Button>
        <Button onClick={onCancel} disabledFocusable={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
