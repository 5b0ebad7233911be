import type { DirectorySyncProblem } from '../../contracts/directory-import.js';
import type { FieldError } from '../shared/app-error.js';
import type { DirectoryState } from './directory-repository.js';
import type { MappedDirectory, SyncEntry } from './directory-sync-mapping.js';
import type { StaffRow } from './staff-csv.js';
import { planStaffImport, type ImportPlan } from './staff-import-plan.js';

/**
 * A staff list with a bad line is rejected whole, because HR can correct the file. Nobody
 * can correct the tenant from here, and one manager loop must not stop every joiner and
 * leaver: so the sync plans without the users the staff import would reject, and lists
 * them. Each of those users is left exactly as the directory has them, never half-changed.
 */

export interface DirectorySyncPlan {
  plan: ImportPlan;
  skipped: DirectorySyncProblem[];
  /** People active now whom the plan makes leavers. */
  leavers: number;
}

const FIELD_BY_COLUMN: Record<string, DirectorySyncProblem['field']> = {
  email: 'mail',
  entra_object_id: 'id',
  line_manager_email: 'manager',
};

function problemFor(entry: SyncEntry | undefined, error: FieldError): DirectorySyncProblem {
  if (!entry) throw new Error(`A directory sync problem names no Microsoft 365 user: ${error.field} ${error.message}`);
  return { ...entry, field: FIELD_BY_COLUMN[error.column ?? ''] ?? 'manager', message: error.message };
}

/** People whose manager is left out, and is not in the directory yet, cannot be linked to them: they wait too. */
function withoutReportsOf(
  rows: StaffRow[],
  left: StaffRow[],
  state: DirectoryState,
  mapped: MappedDirectory,
): { rows: StaffRow[]; skipped: DirectorySyncProblem[] } {
  const known = new Set(state.people.map((person) => person.email));
  const reportsOf = new Map<string, StaffRow[]>();
  for (const row of rows) {
    if (!row.lineManagerEmail) continue;
    const reports = reportsOf.get(row.lineManagerEmail);
    if (reports) reports.push(row);
    else reportsOf.set(row.lineManagerEmail, [row]);
  }
  const dropped = new Set(left.map((row) => row.line));
  const skipped: DirectorySyncProblem[] = [];
  const waiting = left.filter((row) => !known.has(row.email));
  for (let manager = waiting.pop(); manager; manager = waiting.pop()) {
    for (const report of reportsOf.get(manager.email) ?? []) {
      if (dropped.has(report.line)) continue;
      dropped.add(report.line);
      // A report the directory already holds can still be their own team's manager.
      if (!known.has(report.email)) waiting.push(report);
      const message = `their manager ${manager.email} is left out of this sync and is not in the directory yet`;
      skipped.push(problemFor(mapped.entries.get(report.line), { field: 'line_manager_email', column: 'line_manager_email', message }));
    }
  }
  return { rows: rows.filter((row) => !dropped.has(row.line)), skipped };
}

function countLeavers(plan: ImportPlan, state: DirectoryState): number {
  const statusOf = new Map(state.people.map((person) => [person.id, person.status]));
  return plan.updates.filter((update) => update.row.status === 'leaver' && statusOf.get(update.personId) === 'active').length;
}

export function planDirectorySync(mapped: MappedDirectory, state: DirectoryState): DirectorySyncPlan {
  const skipped = [...mapped.skipped];
  let rows = mapped.rows;
  // Each round leaves out at least one row, so this ends.
  for (;;) {
    const { plan, errors } = planStaffImport(rows, state);
    if (plan) return { plan, skipped, leavers: countLeavers(plan, state) };
    const rejected = new Map<number, FieldError>();
    for (const error of errors) if (error.row !== undefined && !rejected.has(error.row)) rejected.set(error.row, error);
    const left = rows.filter((row) => rejected.has(row.line));
    if (left.length === 0) throw new Error(`The directory sync plan has problems it cannot place: ${errors.map((error) => error.message).join('; ')}`);
    for (const [line, error] of rejected) skipped.push(problemFor(mapped.entries.get(line), error));
    const next = withoutReportsOf(rows, left, state, mapped);
    skipped.push(...next.skipped);
    rows = next.rows;
  }
}
