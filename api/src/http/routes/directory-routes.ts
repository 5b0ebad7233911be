import { z } from 'zod';
import { ImportQuery, ImportResult } from '../../contracts/directory-import.js';
import { importStaffCsv, type ImportStaffDeps } from '../../domain/directory/import-staff.js';
import { defineRoute } from '../route.js';

export function directoryRoutes(deps: ImportStaffDeps) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/directory/imports',
      tag: 'Directory',
      summary: 'Import a staff list (CSV)',
      description:
        'Columns: email, display_name, service (required); job_title, site, line_manager_email, entra_object_id, status (active or leaver). ' +
        'A file with any bad line is rejected whole and every problem is listed by line and column. Importing the same file twice changes nothing. HR and administrators only.',
      access: 'signed-in',
      query: ImportQuery,
      body: z.string().meta({ description: 'The CSV file, UTF-8, with a header line' }),
      bodyType: 'text/csv',
      response: ImportResult,
      problems: [403, 422],
      handle: ({ actor, query, body }) => importStaffCsv(deps, actor, body, { dryRun: query.dryRun }),
    }),
  ];
}
