import type { ApiError } from '../../api/api-error';
import type { ProblemItem } from '../../components/ProblemSummary';

/** Where each field of the plan's forms is, and its name in a sentence. */
export const PLAN_FIELDS = {
  kind: { id: 'plan-item-kind', label: 'Objective or project' },
  title: { id: 'plan-item-title', label: 'Title' },
  ownerPersonId: { id: 'plan-item-owner', label: 'Owner' },
  measure: { id: 'plan-item-measure', label: 'How it will be measured' },
  status: { id: 'plan-item-status', label: 'Status' },
  projectId: { id: 'plan-item-project', label: 'Register project' },
  summary: { id: 'plan-summary', label: 'Summary' },
} as const;
export type PlanField = keyof typeof PLAN_FIELDS;

/** `body.title` → title. */
function fieldOf(name: string): PlanField | null {
  const key = name.replace(/^body\./, '');
  return key in PLAN_FIELDS ? (key as PlanField) : null;
}

/** The server's 422 as one sentence per field ("Title must be at least 3 characters"), and anything else it said. */
export function planProblems(error: ApiError | null): { byField: Partial<Record<PlanField, string>>; other: string | null } {
  const byField: Partial<Record<PlanField, string>> = {};
  for (const problem of error?.fieldErrors ?? []) {
    const field = fieldOf(problem.field);
    if (!field) continue;
    const sentence = `${PLAN_FIELDS[field].label} ${problem.message}`;
    byField[field] = byField[field] ? `${byField[field]} ${sentence}` : sentence;
  }
  const other = error && Object.keys(byField).length === 0 ? error.message : null;
  return { byField, other };
}

function focusField(field: PlanField): void {
  const target = document.getElementById(PLAN_FIELDS[field].id);
  // The kind is a group of radio buttons: its first one takes focus.
  (target?.matches('input, textarea, select, button') ? target : target?.querySelector<HTMLElement>('input, button'))?.focus();
}

export function problemItems(problems: ReturnType<typeof planProblems>): ProblemItem[] {
  const items: ProblemItem[] = (Object.keys(PLAN_FIELDS) as PlanField[]).flatMap((field) => {
    const text = problems.byField[field];
    return text ? [{ key: field, text, href: `#${PLAN_FIELDS[field].id}`, onFollow: () => focusField(field) }] : [];
  });
  return problems.other ? [...items, { key: 'other', text: problems.other }] : items;
}
