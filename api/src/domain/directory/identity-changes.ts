import type { IdentityChange } from '../../contracts/directory-import.js';
import { AppError } from '../shared/app-error.js';
import type { AuditEntryInput } from '../shared/audit-log.js';
import type { ImportPlan } from './staff-import-plan.js';

/**
 * A person's Entra object id is who they sign in as. A file that replaces it hands their
 * record (audit answers, objectives, help requests) to whoever holds the new account, so
 * it is applied only when HR confirms it, and the audit log names everyone it changed.
 */

export function identityChangesShown(plan: ImportPlan): IdentityChange[] {
  return plan.identityChanges.map(({ line, email, displayName }) => ({ line, email, displayName }));
}

export function requireConfirmedIdentityChanges(plan: ImportPlan, confirmed: boolean): void {
  if (confirmed || plan.identityChanges.length === 0) return;
  const count = plan.identityChanges.length;
  throw new AppError(
    'conflict',
    `The file gives ${count === 1 ? '1 person' : `${count} people`} another Microsoft 365 account to sign in with. Nothing was imported: check ${count === 1 ? 'them' : 'each of them'}, then confirm and import again.`,
    plan.identityChanges.map((change) => ({
      field: `rows[${change.line}].entra_object_id`,
      row: change.line,
      column: 'entra_object_id',
      message: `would make ${change.displayName} (${change.email}) sign in with another Microsoft 365 account`,
    })),
  );
}

export function identityChangeEntries(plan: ImportPlan, actorPersonId: string | null, source: 'csv' | 'microsoft365'): AuditEntryInput[] {
  return plan.identityChanges.map((change) => ({
    actorPersonId,
    action: 'update',
    resource: 'sign-in-identity',
    subjectPersonId: change.personId,
    details: { source, email: change.email, from: change.from, to: change.to },
  }));
}
