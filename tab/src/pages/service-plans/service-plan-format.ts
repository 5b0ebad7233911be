import type { AppraisalYearRef } from '../../../../api/src/contracts/objectives';
import type { PlanItemStatus } from '../../../../api/src/contracts/service-plans';
import { formatDateTime, plural } from '../../components/format';
import type { StatusColour } from '../../components/StatusBadge';
import { PAGE_PATHS } from '../../routes';

/** A service's plan in the tab, for a year other than the default one when asked. */
export function servicePlanPath(serviceId: string, yearId?: string | undefined): string {
  const query = new URLSearchParams({ serviceId });
  if (yearId) query.set('yearId', yearId);
  return `${PAGE_PATHS.servicePlan}?${query.toString()}`;
}

/** "3 objectives or projects", "1 objective or project", "None yet". */
export function itemCountText(count: number): string {
  return count === 0 ? 'None yet' : plural(count, 'objective or project', 'objectives or projects');
}

export function lastChangedText(updatedAt: string | null, by?: { displayName: string } | null): string {
  if (!updatedAt) return 'Not written yet';
  return `${formatDateTime(updatedAt)}${by ? ` by ${by.displayName}` : ''}`;
}

export function yearText(year: AppraisalYearRef): string {
  if (year.status === 'open') return `${year.label} (this year)`;
  if (year.status === 'closed') return `${year.label} (closed)`;
  return `${year.label} (planned)`;
}

export const STATUS_COLOURS: Record<PlanItemStatus, StatusColour> = {
  'not-started': 'informative',
  'on-track': 'brand',
  'at-risk': 'warning',
  'off-track': 'danger',
  done: 'success',
};
