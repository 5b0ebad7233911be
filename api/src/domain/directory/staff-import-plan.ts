import type { FieldError } from '../shared/app-error.js';
import type { DirectoryState, ImportedPersonState } from './directory-repository.js';
import type { StaffRow } from './staff-csv.js';

/** A person who would sign in with another Microsoft 365 account than the one they have now. */
export interface IdentityChange {
  personId: string;
  email: string;
  displayName: string;
  line: number;
  from: string;
  to: string;
}

export interface ImportPlan {
  rows: number;
  newServices: string[];
  newSites: string[];
  creates: StaffRow[];
  updates: { personId: string; row: StaffRow }[];
  unchanged: number;
  /** Among the updates, the people whose sign-in identity (Entra object id) is replaced. */
  identityChanges: IdentityChange[];
}

const sameName = (a: string | null, b: string | null): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

function differs(existing: ImportedPersonState, row: StaffRow): boolean {
  return (
    existing.displayName !== row.displayName ||
    existing.jobTitle !== row.jobTitle ||
    !sameName(existing.service, row.service) ||
    !sameName(existing.site, row.site) ||
    existing.lineManagerEmail !== row.lineManagerEmail ||
    (row.entraObjectId !== null && existing.entraObjectId !== row.entraObjectId) ||
    existing.status !== row.status
  );
}

function problem(row: StaffRow, column: string, message: string): FieldError {
  return { field: `rows[${row.line}].${column}`, row: row.line, column, message };
}

/** Checks that need the whole file and the directory: duplicates, managers, loops. */
function crossCheck(rows: StaffRow[], state: DirectoryState): FieldError[] {
  const errors: FieldError[] = [];
  const byEmail = new Map(state.people.map((person) => [person.email, person]));
  const firstLineOf = new Map<string, number>();
  const entraOwner = new Map(state.people.filter((p) => p.entraObjectId).map((p) => [p.entraObjectId!, p.email]));
  const entraInFile = new Map<string, number>();
  const emailsInFile = new Set(rows.map((row) => row.email));

  for (const row of rows) {
    const earlier = firstLineOf.get(row.email);
    if (earlier !== undefined) errors.push(problem(row, 'email', `${row.email} is already on line ${earlier}`));
    else firstLineOf.set(row.email, row.line);

    if (row.entraObjectId) {
      const earlierLine = entraInFile.get(row.entraObjectId);
      const owner = entraOwner.get(row.entraObjectId);
      if (earlierLine !== undefined) errors.push(problem(row, 'entra_object_id', `is already used on line ${earlierLine}`));
      else if (owner && owner !== row.email) errors.push(problem(row, 'entra_object_id', `already belongs to ${owner}`));
      entraInFile.set(row.entraObjectId, row.line);
    }
    if (row.lineManagerEmail === row.email) {
      errors.push(problem(row, 'line_manager_email', 'is the person themselves; a person cannot manage themselves'));
    } else if (row.lineManagerEmail && !emailsInFile.has(row.lineManagerEmail) && !byEmail.has(row.lineManagerEmail)) {
      errors.push(problem(row, 'line_manager_email', `${row.lineManagerEmail} is neither in this file nor in the directory`));
    }
  }
  if (errors.length === 0) errors.push(...managementLoops(rows, state));
  return errors;
}

/** How many people of a loop its error names; a loop of thousands is named by its start. */
const LOOP_NAMES_SHOWN = 6;

function loopMessage(loop: readonly string[], from: number): string {
  const shown = Math.min(loop.length, LOOP_NAMES_SHOWN);
  const names = Array.from({ length: shown }, (_, step) => loop[(from + step) % loop.length]!);
  const rest = loop.length - shown;
  const chain = rest > 0 ? [...names, `… ${rest} more`] : names;
  return `makes a loop in the management tree: ${[...chain, loop[from]!].join(' → ')}`;
}

/**
 * The management tree after the import must still be a tree: nobody may end up managing
 * themselves. Each person is walked once (a file of 50,000 people, or one long chain of
 * them, is checked in linear time), and each person on a loop is told about it.
 */
function managementLoops(rows: StaffRow[], state: DirectoryState): FieldError[] {
  const managerOf = new Map(state.people.map((person) => [person.email, person.lineManagerEmail]));
  for (const row of rows) managerOf.set(row.email, row.lineManagerEmail);
  const settled = new Set<string>();
  const placeOnLoop = new Map<string, { loop: string[]; index: number }>();
  for (const row of rows) {
    const path: string[] = [];
    const stepOf = new Map<string, number>();
    let current: string | null | undefined = row.email;
    while (current && !settled.has(current)) {
      const seenAt = stepOf.get(current);
      if (seenAt !== undefined) {
        const loop = path.slice(seenAt);
        loop.forEach((email, index) => placeOnLoop.set(email, { loop, index }));
        break;
      }
      stepOf.set(current, path.length);
      path.push(current);
      current = managerOf.get(current);
    }
    for (const email of path) settled.add(email);
  }
  return rows.flatMap((row) => {
    const place = placeOnLoop.get(row.email);
    return place ? [problem(row, 'line_manager_email', loopMessage(place.loop, place.index))] : [];
  });
}

function newNames(wanted: (string | null)[], existing: string[]): string[] {
  const known = new Set(existing.map((name) => name.toLowerCase()));
  const fresh = new Map<string, string>();
  for (const name of wanted) {
    if (name && !known.has(name.toLowerCase()) && !fresh.has(name.toLowerCase())) fresh.set(name.toLowerCase(), name);
  }
  return [...fresh.values()];
}

/** What importing these rows would change. Re-importing the same file plans no change. */
export function planStaffImport(rows: StaffRow[], state: DirectoryState): { plan?: ImportPlan; errors: FieldError[] } {
  const errors = crossCheck(rows, state);
  if (errors.length > 0) return { errors };

  const byEmail = new Map(state.people.map((person) => [person.email, person]));
  const plan: ImportPlan = {
    rows: rows.length,
    newServices: newNames(rows.map((row) => row.service), state.services),
    newSites: newNames(rows.map((row) => row.site), state.sites),
    creates: [],
    updates: [],
    unchanged: 0,
    identityChanges: [],
  };
  for (const row of rows) {
    const existing = byEmail.get(row.email);
    if (!existing) plan.creates.push(row);
    else if (differs(existing, row)) plan.updates.push({ personId: existing.id, row });
    else plan.unchanged += 1;
    if (existing?.entraObjectId && row.entraObjectId && existing.entraObjectId !== row.entraObjectId) {
      plan.identityChanges.push({ personId: existing.id, email: row.email, displayName: existing.displayName, line: row.line, from: existing.entraObjectId, to: row.entraObjectId });
    }
  }
  return { plan, errors: [] };
}
