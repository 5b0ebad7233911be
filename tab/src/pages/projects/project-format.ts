import type { Project } from '../../../../api/src/contracts/projects';

// Calendar dates are read as UTC midnight, so they never slip a day in any time zone.
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const dayOfInstant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' });

/** 2026-04-01 → 1 Apr 2026 */
export function formatDate(isoDate: string): string {
  return day.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "1 Apr 2026 to 31 Mar 2027", "From 1 Apr 2026", "Until …" or "Not set yet". */
export function datesText(project: Pick<Project, 'startsOn' | 'endsOn'>): string {
  const { startsOn, endsOn } = project;
  if (startsOn && endsOn) return `${formatDate(startsOn)} to ${formatDate(endsOn)}`;
  if (startsOn) return `From ${formatDate(startsOn)}`;
  if (endsOn) return `Until ${formatDate(endsOn)}`;
  return 'Not set yet';
}

/** When a Root & Branch update about it was last published. */
export function lastUpdateText(project: Pick<Project, 'lastUpdatePublishedAt'>): string {
  return project.lastUpdatePublishedAt ? dayOfInstant.format(new Date(project.lastUpdatePublishedAt)) : 'None yet';
}
