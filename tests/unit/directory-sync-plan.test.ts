import { describe, expect, it } from '@jest/globals';
import type { DirectoryState, ImportedPersonState } from '../../api/src/domain/directory/directory-repository.js';
import { mapDirectoryUsers } from '../../api/src/domain/directory/directory-sync-mapping.js';
import { planDirectorySync } from '../../api/src/domain/directory/directory-sync-plan.js';
import type { DirectoryUser } from '../../api/src/domain/shared/microsoft365.js';

const id = (n: number): string => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const email = (n: number): string => `person.${n}@council.example`;

function user(n: number, managerOf: number | null = null, overrides: Partial<DirectoryUser> = {}): DirectoryUser {
  return {
    entraObjectId: id(n),
    displayName: `Person ${n}`,
    email: email(n),
    jobTitle: 'Officer',
    department: 'Housing',
    officeLocation: null,
    managerEntraObjectId: managerOf === null ? null : id(managerOf),
    accountEnabled: true,
    ...overrides,
  };
}

function person(n: number, manager: number | null = null, overrides: Partial<ImportedPersonState> = {}): ImportedPersonState {
  return {
    id: `p-${n}`,
    email: email(n),
    displayName: `Person ${n}`,
    jobTitle: 'Officer',
    service: 'Housing',
    site: null,
    lineManagerEmail: manager === null ? null : email(manager),
    entraObjectId: id(n),
    status: 'active',
    ...overrides,
  };
}

const EMPTY: DirectoryState = { people: [], services: [], sites: [] };
const plan = (users: DirectoryUser[], state: DirectoryState) => planDirectorySync(mapDirectoryUsers(users, state), state);

describe('planDirectorySync', () => {
  it('plans joiners with their new services, and nothing else, on an empty directory', () => {
    const result = plan([user(1), user(2, 1, { department: 'Planning' })], EMPTY);
    expect(result.plan).toMatchObject({ rows: 2, newServices: ['Housing', 'Planning'], updates: [], unchanged: 0 });
    expect(result.plan.creates).toHaveLength(2);
    expect(result).toMatchObject({ skipped: [], leavers: 0 });
  });

  it('plans no change when Microsoft 365 says what the directory already says', () => {
    const state: DirectoryState = { people: [person(1), person(2, 1)], services: ['Housing'], sites: [] };
    const result = plan([user(1), user(2, 1)], state);
    expect(result.plan).toMatchObject({ creates: [], updates: [], unchanged: 2 });
    expect(result.leavers).toBe(0);
  });

  it('counts as leavers the people disabled in, or gone from, Microsoft 365, and only those who were active', () => {
    const state: DirectoryState = {
      people: [person(1), person(2, 1), person(3, 1), person(4, 1, { status: 'leaver' })],
      services: ['Housing'],
      sites: [],
    };
    const result = plan([user(1), user(2, 1, { accountEnabled: false })], state);
    expect(result.plan.updates.map((update) => [update.personId, update.row.status])).toEqual([
      ['p-2', 'leaver'],
      ['p-3', 'leaver'],
    ]);
    expect(result.leavers).toBe(2);
  });

  it('leaves out a manager loop in the tenant, names everyone in it, and still plans everyone else', () => {
    const users = [user(1), user(2, 3), user(3, 2), user(4, 1)];
    const result = plan(users, EMPTY);
    expect(result.plan.creates.map((row) => row.email)).toEqual([email(1), email(4)]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ entraObjectId: id(2), field: 'manager', message: expect.stringContaining('makes a loop in the management tree') }),
      expect.objectContaining({ entraObjectId: id(3), field: 'manager', message: expect.stringContaining('makes a loop in the management tree') }),
    ]);
  });

  it('also leaves out the team of a new manager who is left out, since nobody could be linked to them', () => {
    const users = [user(2, 3), user(3, 2), user(5, 2), user(6, 5)];
    const result = plan(users, EMPTY);
    expect(result.plan.creates).toEqual([]);
    expect(result.skipped.map((problem) => [problem.entraObjectId, problem.message])).toEqual([
      [id(2), expect.stringContaining('loop')],
      [id(3), expect.stringContaining('loop')],
      [id(5), `their manager ${email(2)} is left out of this sync and is not in the directory yet`],
      [id(6), `their manager ${email(5)} is left out of this sync and is not in the directory yet`],
    ]);
  });

  it('still links a team to a manager the directory holds, when that manager waits for a new manager left out', () => {
    const state: DirectoryState = { people: [person(4), person(5, 4)], services: ['Housing'], sites: [] };
    const result = plan([user(2, 3), user(3, 2), user(4, 2), user(5, 4)], state);
    expect(result.skipped.map((problem) => problem.entraObjectId)).toEqual([id(2), id(3), id(4)]);
    expect(result.plan).toMatchObject({ creates: [], updates: [], unchanged: 1 });
  });

  it('keeps out a loop that one new link would close, leaving both people as the directory has them', () => {
    const state: DirectoryState = { people: [person(1), person(2, 1)], services: ['Housing'], sites: [] };
    const result = plan([user(1, 2), user(2, 1), user(3, 2)], state);
    expect(result.skipped.map((problem) => problem.entraObjectId)).toEqual([id(1), id(2)]);
    expect(result.plan).toMatchObject({ creates: [expect.objectContaining({ email: email(3), lineManagerEmail: email(2) })], updates: [], unchanged: 0 });
  });
});
