import { z } from 'zod';
import { DirectorySyncResult, ImportQuery, ImportResult, SyncQuery } from '../../contracts/directory-import.js';
import { authoriseStaffImport, importStaffCsv, type ImportStaffDeps } from '../../domain/directory/import-staff.js';
import { syncDirectory, type SyncDirectoryDeps } from '../../domain/directory/sync-directory.js';
import { defineRoute } from '../route.js';

export function directoryRoutes(deps: ImportStaffDeps & SyncDirectoryDeps) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/directory/imports',
      tag: 'Directory',
      summary: 'Import a staff list (CSV)',
      description:
        'Columns: email, display_name, service (required); job_title, site, line_manager_email, entra_object_id, status (active or leaver). ' +
        'A file with any bad line is rejected whole and every problem is listed by line and column. Importing the same file twice changes nothing. ' +
        'A file that replaces someone’s Entra object id (the account they sign in with) is a 409 listing each of them, unless `confirmIdentityChanges=true`; ' +
        'the audit log then names each person whose sign-in identity changed. HR and administrators only.',
      access: 'signed-in',
      rateLimit: 'import',
      query: ImportQuery,
      body: z.string().meta({ description: 'The CSV file, UTF-8, with a header line' }),
      bodyType: 'text/csv',
      bodyLimit: '20mb',
      authoriseBody: authoriseStaffImport,
      response: ImportResult,
      problems: [403, 409, 422],
      handle: ({ actor, query, body }) => importStaffCsv(deps, actor, body, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/directory/sync',
      tag: 'Directory',
      summary: 'Sync the directory from Microsoft 365',
      description:
        'Reads every user from Microsoft 365: department becomes the service, office location the site, the manager the line manager, ' +
        'a disabled account a leaver; people synced before who are gone from Microsoft 365 become leavers. Users without an e-mail address ' +
        'are counted in `withoutMail`; users the directory cannot take as they are (a manager loop, an address used twice) are listed in `skipped` ' +
        'and left as the directory has them; everyone else is applied in one transaction. ' +
        'A second sync with nothing new changes nothing. In local mode the outbox lists the demo council, so a sync changes nothing. HR and administrators only.',
      access: 'signed-in',
      rateLimit: 'import',
      query: SyncQuery,
      response: DirectorySyncResult,
      problems: [403],
      handle: ({ actor, query }) => syncDirectory(deps, actor, { dryRun: query.dryRun }),
    }),
  ];
}
