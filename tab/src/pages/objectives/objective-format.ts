import type { ObjectiveKind, ObjectiveStatus } from '../../../../api/src/contracts/objectives';
import { formatLongDate } from '../../components/format';
import type { StatusColour } from '../../components/StatusBadge';
import { PAGE_PATHS } from '../../routes';

/** Addresses of the objective pages, and how their facts read in plain English. */

export function objectiveViewPath(id: string, done?: ObjectiveDone): string {
  const params = new URLSearchParams({ id });
  if (done) params.set('done', done);
  return `${PAGE_PATHS.objective}?${params.toString()}`;
}

export function objectiveEditPath(id?: string): string {
  return id ? `${PAGE_PATHS.objectiveEditor}?id=${encodeURIComponent(id)}` : PAGE_PATHS.objectiveEditor;
}

/** What the editor just did, so the objective's page can say so when it opens. */
export const OBJECTIVE_DONE = ['saved', 'proposed'] as const;
export type ObjectiveDone = (typeof OBJECTIVE_DONE)[number];

export function doneOf(value: string | null): ObjectiveDone | null {
  return (OBJECTIVE_DONE as readonly string[]).includes(value ?? '') ? (value as ObjectiveDone) : null;
}

/** For someone new to it: what each of the strategy's three kinds means, with an example. */
export const OBJECTIVE_KIND_EXPLANATIONS: Record<ObjectiveKind, string> = {
  skill: 'Learn a digital skill you do not have yet, or get back into one you have not used lately. For example: “Save and share my files in OneDrive instead of sending attachments.”',
  support: 'Help a colleague become confident with something digital, or help people across the council as a Digital Champion. For example: “Show Jo how to join Teams meetings from her phone.”',
  project: 'Play a part in one of the council’s digital projects, such as testing a new online form or training your team on a new system. You choose the project from the register.',
};

/** Badge colours: what needs someone to act stands out; what is finished is quiet. */
export const STATUS_BADGE_COLOURS: Record<ObjectiveStatus, StatusColour> = {
  draft: 'informative',
  proposed: 'brand',
  returned: 'warning',
  agreed: 'success',
  'in-progress': 'success',
  completed: 'subtle',
  withdrawn: 'subtle',
};


/** Today in the UK as YYYY-MM-DD, to compare with due dates. */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Check-in due by 3 March 2027", or overdue. */
export function checkInDueText(dueOn: string, today = ukToday()): string {
  return dueOn < today ? `Check-in overdue since ${formatLongDate(dueOn)}` : `Next check-in due by ${formatLongDate(dueOn)}`;
}
