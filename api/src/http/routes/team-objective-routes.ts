import { ObjectivesExportQuery, TeamObjectives, TeamObjectivesQuery } from '../../contracts/team-objectives.js';
import { exportObjectives } from '../../domain/objectives/team/export-objectives.js';
import { getTeamObjectives } from '../../domain/objectives/team/get-team-objectives.js';
import { EXPORT_COLUMNS } from '../../domain/objectives/team/export-columns.js';
import type { TeamObjectiveDeps } from '../../domain/objectives/team/team-objective-deps.js';
import { asAttachment } from '../downloads/attachment.js';
import { CSV_TYPE, tableCsv } from '../downloads/csv.js';
import { XLSX_TYPE, writeTableXlsx } from '../downloads/xlsx.js';
import { defineRoute } from '../route.js';

const TAG = 'Digital objectives';

/**
 * The manager's view of a reporting line and the export for the appraisal system. Declared
 * before the objective routes, so `/api/objectives/team` and `/export` are never read as ids.
 */
export function teamObjectiveRoutes(deps: TeamObjectiveDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/objectives/team',
      tag: TAG,
      summary: 'The digital objectives of my reporting line',
      description:
        'Everyone below me in the line-management tree, direct and indirect (HR: the whole council), with their objectives of the year, ' +
        'counts for each filter and the team’s skills-audit completion. Line managers and HR only; each person shown is written to the audit log.',
      access: 'signed-in',
      query: TeamObjectivesQuery,
      response: TeamObjectives,
      problems: [403, 404],
      handle: ({ actor, query }) => getTeamObjectives(deps, actor, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/objectives/export',
      tag: TAG,
      summary: 'Download a year’s digital objectives as CSV or Excel',
      description:
        'One row per objective that was not withdrawn, for the council’s appraisal system. HR gets the whole council; a line manager ' +
        'their own reporting line. CSV is UTF-8 with a byte order mark; cells that a spreadsheet would run as a formula start with an apostrophe. ' +
        'Every export is written to the audit log.',
      access: 'signed-in',
      query: ObjectivesExportQuery,
      download: [CSV_TYPE, XLSX_TYPE],
      problems: [403, 404, 409],
      handle: async ({ actor, query, res }) => {
        const { fileName, year, rows } = await exportObjectives(deps, actor, query);
        asAttachment(res, fileName);
        if (query.format === 'csv') {
          res.status(200).type(CSV_TYPE).send(tableCsv(EXPORT_COLUMNS, rows));
          return undefined;
        }
        res.status(200).type(XLSX_TYPE);
        await writeTableXlsx(EXPORT_COLUMNS, rows, res, `Objectives ${year.label}`);
        return undefined;
      },
    }),
  ];
}
