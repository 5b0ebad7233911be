import { createHash } from 'node:crypto';
import type { ImportResult } from '../../contracts/directory-import.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import { AppError } from '../shared/app-error.js';
import type { DirectoryRepository } from './directory-repository.js';
import { identityChangeEntries, identityChangesShown, requireConfirmedIdentityChanges } from './identity-changes.js';
import { parseStaffCsv } from './staff-csv.js';
import { planStaffImport } from './staff-import-plan.js';

export interface ImportStaffDeps {
  directory: DirectoryRepository;
}

/** Who may import a staff list; the HTTP route checks it before it reads a file of up to 20 MB. */
export function authoriseStaffImport(actor: Actor): void {
  requireAnyRole(actor, ['hr', 'admin'], 'import a staff list');
}

/**
 * HR or an administrator loads a staff list. A file with any bad line changes nothing and
 * every problem is listed; a good file is applied whole, in one transaction.
 */
export async function importStaffCsv(
  deps: ImportStaffDeps,
  actor: Actor,
  csv: string,
  options: { dryRun: boolean; confirmIdentityChanges?: boolean },
): Promise<ImportResult> {
  authoriseStaffImport(actor);
  const parsed = parseStaffCsv(csv);
  if (parsed.errors.length > 0) throw AppError.validation(parsed.errors, describe(parsed.errors.length));

  const { plan, errors } = planStaffImport(parsed.rows, await deps.directory.importState());
  if (!plan) throw AppError.validation(errors, describe(errors.length));

  const result: ImportResult = {
    dryRun: options.dryRun,
    rows: plan.rows,
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    newServices: plan.newServices,
    newSites: plan.newSites,
    identityChanges: identityChangesShown(plan),
  };
  if (options.dryRun) return result;
  requireConfirmedIdentityChanges(plan, options.confirmIdentityChanges ?? false);

  const contentSha256 = createHash('sha256').update(csv).digest('hex');
  await deps.directory.applyImport(plan, {
    importedBy: actor.personId,
    source: 'csv',
    contentSha256,
    audit: [
      {
        actorPersonId: actor.personId,
        action: 'import',
        resource: 'directory',
        details: { rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged, contentSha256 },
      },
      ...identityChangeEntries(plan, actor.personId, 'csv'),
    ],
  });
  return result;
}

function describe(count: number): string {
  return count === 1
    ? 'The file has 1 problem. Nothing was imported: correct it and try again.'
    : `The file has ${count} problems. Nothing was imported: correct them and try again.`;
}
