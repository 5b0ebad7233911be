import type { DirectorySyncResult } from '../../contracts/directory-import.js';
import { requireAnyRole, type Actor } from '../shared/actor.js';
import type { DirectoryUser, Microsoft365 } from '../shared/microsoft365.js';
import type { DirectoryRepository } from './directory-repository.js';
import { mapDirectoryUsers } from './directory-sync-mapping.js';
import { planDirectorySync } from './directory-sync-plan.js';
import { identityChangeEntries, identityChangesShown } from './identity-changes.js';

export interface SyncDirectoryDeps {
  directory: DirectoryRepository;
  microsoft365: Microsoft365;
}

const ACTION = 'directory sync';

/**
 * Brings the directory in line with Microsoft 365: people, services, sites, managers,
 * joiners and leavers. It plans and applies exactly as a staff list import does (one
 * transaction), so the two can never disagree on what a change means. `actor` is null for
 * the scheduled run; by hand, only HR and administrators may sync.
 */
export async function syncDirectory(deps: SyncDirectoryDeps, actor: Actor | null, options: { dryRun: boolean }): Promise<DirectorySyncResult> {
  if (actor) requireAnyRole(actor, ['hr', 'admin'], 'sync the directory from Microsoft 365');

  const users: DirectoryUser[] = [];
  for await (const page of deps.microsoft365.listDirectoryUsers(ACTION)) users.push(...page);
  const state = await deps.directory.importState();
  const mapped = mapDirectoryUsers(users, state);
  const { plan, skipped, leavers } = planDirectorySync(mapped, state);

  const result: DirectorySyncResult = {
    dryRun: options.dryRun,
    rows: mapped.listed,
    created: plan.creates.length,
    updated: plan.updates.length - leavers,
    unchanged: plan.unchanged,
    newServices: plan.newServices,
    newSites: plan.newSites,
    identityChanges: identityChangesShown(plan),
    leavers,
    withoutMail: mapped.withoutMail,
    skipped,
  };
  // A sync that changes nothing writes nothing, so a frequent schedule does not fill the audit log.
  if (options.dryRun || (plan.creates.length === 0 && plan.updates.length === 0)) return result;

  const actorPersonId = actor?.personId ?? null;
  await deps.directory.applyImport(plan, {
    importedBy: actorPersonId,
    source: 'graph',
    contentSha256: null,
    audit: [
      {
        actorPersonId,
        action: 'import',
        resource: 'directory',
        details: {
          source: 'microsoft365',
          microsoft365: deps.microsoft365.kind,
          trigger: actor ? 'manual' : 'scheduled',
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          leavers: result.leavers,
          unchanged: result.unchanged,
          skipped: result.skipped.length,
          withoutMail: result.withoutMail,
        },
      },
      ...identityChangeEntries(plan, actorPersonId, 'microsoft365'),
    ],
  });
  return result;
}
