import type { AppraisalYear } from '../../../contracts/objectives.js';
import type { ObjectivesExportQuery } from '../../../contracts/team-objectives.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/app-error.js';
import { chooseYear } from './choose-year.js';
import type { TeamObjectiveDeps } from './team-objective-deps.js';
import type { ExportRecord } from './team-objective-repository.js';
import { baseScope, requireTeamViewer } from './team-scope.js';

export interface ObjectivesExport {
  fileName: string;
  year: AppraisalYear;
  rows: ExportRecord[];
}

/** "2026/27" becomes "2026-27": a file name every system accepts. */
function fileNameFor(year: AppraisalYear, format: ObjectivesExportQuery['format']): string {
  const label = year.label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || year.startsOn.slice(0, 4);
  return `digital-objectives-${label}.${format}`;
}

/**
 * Every objective of a year that was not withdrawn, one row each, for the council's
 * appraisal system: HR gets the council, a line manager their own reporting line. Each
 * export is written to the audit log, with how many rows left the hub.
 */
export async function exportObjectives(deps: TeamObjectiveDeps, actor: Actor, query: ObjectivesExportQuery): Promise<ObjectivesExport> {
  const { isHr } = requireTeamViewer(actor, 'export digital objectives');
  const { year } = await chooseYear(deps, query.yearId);
  if (!year) throw new AppError('conflict', 'No appraisal year is open, so there is nothing to export by default. Choose the year to export.');
  const people = baseScope(actor, isHr);
  const rows = await deps.teamObjectives.exportRows({ ...people, yearId: year.id });
  await deps.auditLog.record({
    actorPersonId: actor.personId,
    action: 'export',
    resource: 'objectives',
    details: { format: query.format, yearId: year.id, rows: rows.length, scope: people.scope.kind },
  });
  return { fileName: fileNameFor(year, query.format), year, rows };
}
