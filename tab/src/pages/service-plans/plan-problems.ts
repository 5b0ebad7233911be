import type { FormField } from '../../components/form-problems';

/** Each field of the plan's forms: its name in the server's 422, its label in a sentence, and where focus goes to fix it. */
export const PLAN_FIELDS = {
  kind: { field: 'body.kind', label: 'Objective or project', targetId: 'plan-item-kind' },
  title: { field: 'body.title', label: 'Title', targetId: 'plan-item-title' },
  ownerPersonId: { field: 'body.ownerPersonId', label: 'Owner', targetId: 'plan-item-owner' },
  measure: { field: 'body.measure', label: 'How it will be measured', targetId: 'plan-item-measure' },
  status: { field: 'body.status', label: 'Status', targetId: 'plan-item-status' },
  projectId: { field: 'body.projectId', label: 'Register project', targetId: 'plan-item-project' },
  summary: { field: 'body.summary', label: 'Summary', targetId: 'plan-summary' },
} satisfies Record<string, FormField>;

/** The item form's fields in its order. */
export const PLAN_ITEM_FIELDS: readonly FormField[] = [PLAN_FIELDS.kind, PLAN_FIELDS.title, PLAN_FIELDS.ownerPersonId, PLAN_FIELDS.measure, PLAN_FIELDS.status, PLAN_FIELDS.projectId];
