import { describe, expect, it } from '@jest/globals';
import type { DirectoryState } from '../../api/src/domain/directory/directory-repository.js';
import type { StaffRow } from '../../api/src/domain/directory/staff-csv.js';
import { planStaffImport } from '../../api/src/domain/directory/staff-import-plan.js';

function row(overrides: Partial<StaffRow> & { email: string }): StaffRow {
  return { line: 2, displayName: overrides.email.split('@')[0]!, jobTitle: null, service: 'Housing', site: null, lineManagerEmail: null, entraObjectId: null, status: 'active', ...overrides };
}

const EMPTY: DirectoryState = { people: [], services: [], sites: [] };

const EXISTING: DirectoryState = {
  people: [
    { id: 'p-boss', email: 'boss@council.gov.uk', displayName: 'boss', jobTitle: null, service: 'Housing', site: null, lineManagerEmail: null, entraObjectId: null, status: 'active' },
    { id: 'p-ann', email: 'ann@council.gov.uk', displayName: 'ann', jobTitle: null, service: 'Housing', site: null, lineManagerEmail: 'boss@council.gov.uk', entraObjectId: null, status: 'active' },
  ],
  services: ['Housing'],
  sites: [],
};

describe('planStaffImport', () => {
  it('creates new people, new services and new sites, once each whatever their case', () => {
    const { plan } = planStaffImport(
      [row({ email: 'a@x.gov.uk', service: 'Planning', site: 'Depot' }), row({ email: 'b@x.gov.uk', service: 'planning', site: 'depot', line: 3 })],
      EMPTY,
    );
    expect(plan).toMatchObject({ rows: 2, newServices: ['Planning'], newSites: ['Depot'], unchanged: 0 });
    expect(plan?.creates).toHaveLength(2);
  });

  it('plans no change when the file says what the directory already says', () => {
    const { plan } = planStaffImport([row({ email: 'boss@council.gov.uk' }), row({ email: 'ann@council.gov.uk', lineManagerEmail: 'boss@council.gov.uk' })], EXISTING);
    expect(plan).toMatchObject({ creates: [], updates: [], unchanged: 2, newServices: [] });
  });

  it('updates a person whose details changed', () => {
    const { plan } = planStaffImport([row({ email: 'ann@council.gov.uk', jobTitle: 'Senior Officer', lineManagerEmail: 'boss@council.gov.uk' })], EXISTING);
    expect(plan?.updates).toEqual([{ personId: 'p-ann', row: expect.objectContaining({ jobTitle: 'Senior Officer' }) }]);
  });

  it('rejects the same e-mail address twice in one file', () => {
    const { errors } = planStaffImport([row({ email: 'a@x.gov.uk' }), row({ email: 'a@x.gov.uk', line: 3 })], EMPTY);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: 'email', message: 'a@x.gov.uk is already on line 2' })]);
  });

  it('rejects a line manager who is neither in the file nor in the directory', () => {
    const { errors } = planStaffImport([row({ email: 'a@x.gov.uk', lineManagerEmail: 'ghost@x.gov.uk' })], EMPTY);
    expect(errors).toEqual([expect.objectContaining({ column: 'line_manager_email', message: expect.stringContaining('neither in this file nor in the directory') })]);
  });

  it('rejects a person managing themselves', () => {
    const { errors } = planStaffImport([row({ email: 'a@x.gov.uk', lineManagerEmail: 'a@x.gov.uk' })], EMPTY);
    expect(errors[0]?.message).toMatch(/cannot manage themselves/);
  });

  it('rejects a loop in the management tree, including one through people already in the directory', () => {
    const { errors } = planStaffImport([row({ email: 'boss@council.gov.uk', lineManagerEmail: 'ann@council.gov.uk' })], EXISTING);
    expect(errors).toEqual([expect.objectContaining({ column: 'line_manager_email', message: expect.stringContaining('makes a loop in the management tree') })]);
  });

  it('names the loop from each person on it, and nobody who only reports into it', () => {
    const rows = [
      row({ email: 'a@x.gov.uk', lineManagerEmail: 'b@x.gov.uk' }),
      row({ email: 'b@x.gov.uk', lineManagerEmail: 'c@x.gov.uk', line: 3 }),
      row({ email: 'c@x.gov.uk', lineManagerEmail: 'a@x.gov.uk', line: 4 }),
      row({ email: 'd@x.gov.uk', lineManagerEmail: 'a@x.gov.uk', line: 5 }),
    ];
    expect(planStaffImport(rows, EMPTY).errors.map(({ row: line, message }) => [line, message])).toEqual([
      [2, 'makes a loop in the management tree: a@x.gov.uk → b@x.gov.uk → c@x.gov.uk → a@x.gov.uk'],
      [3, 'makes a loop in the management tree: b@x.gov.uk → c@x.gov.uk → a@x.gov.uk → b@x.gov.uk'],
      [4, 'makes a loop in the management tree: c@x.gov.uk → a@x.gov.uk → b@x.gov.uk → c@x.gov.uk'],
    ]);
  });

  // Each person is walked once: a file of 50,000 in one long chain took minutes when every
  // step searched the path walked so far.
  const chainOf = (size: number, closed: boolean): StaffRow[] =>
    Array.from({ length: size }, (_, index) => {
      const manager = index + 1 < size ? `p${index + 1}@x.gov.uk` : closed ? 'p0@x.gov.uk' : null;
      return row({ email: `p${index}@x.gov.uk`, lineManagerEmail: manager, line: index + 2 });
    });

  it('checks a 50,000-person management chain in one pass', () => {
    const started = performance.now();
    const { plan, errors } = planStaffImport(chainOf(50_000, false), EMPTY);
    expect(errors).toEqual([]);
    expect(plan?.creates).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('tells each of 50,000 people on one loop, naming its first six and how many more', () => {
    const started = performance.now();
    const { errors } = planStaffImport(chainOf(50_000, true), EMPTY);
    expect(errors).toHaveLength(50_000);
    expect(errors[0]?.message).toBe(
      'makes a loop in the management tree: p0@x.gov.uk → p1@x.gov.uk → p2@x.gov.uk → p3@x.gov.uk → p4@x.gov.uk → p5@x.gov.uk → … 49994 more → p0@x.gov.uk',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  describe('sign-in identities', () => {
    const OLD = '0b6f3a43-5ad1-4c1e-9e52-1b2a3c4d5e6f';
    const NEW = '7c2d9e10-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
    const bound: DirectoryState = { ...EXISTING, people: EXISTING.people.map((p) => (p.id === 'p-ann' ? { ...p, entraObjectId: OLD } : p)) };
    const ann = (entraObjectId: string | null) => row({ email: 'ann@council.gov.uk', lineManagerEmail: 'boss@council.gov.uk', entraObjectId, line: 7 });

    it('names a person whose Entra object id the file replaces', () => {
      expect(planStaffImport([ann(NEW)], bound).plan?.identityChanges).toEqual([
        { personId: 'p-ann', email: 'ann@council.gov.uk', displayName: 'ann', line: 7, from: OLD, to: NEW },
      ]);
    });

    it('changes no identity when the file gives the same id, none, or the first one', () => {
      expect(planStaffImport([ann(OLD)], bound).plan?.identityChanges).toEqual([]);
      expect(planStaffImport([ann(null)], bound).plan?.identityChanges).toEqual([]);
      expect(planStaffImport([ann(NEW)], EXISTING).plan?.identityChanges).toEqual([]);
    });
  });

  it('rejects an Entra object id used twice or already owned by someone else', () => {
    const oid = '9a1c3a43-5ad1-4c1e-9e52-1b2a3c4d5e6f';
    const owned: DirectoryState = { ...EXISTING, people: EXISTING.people.map((p) => (p.id === 'p-boss' ? { ...p, entraObjectId: oid } : p)) };
    expect(planStaffImport([row({ email: 'new@x.gov.uk', entraObjectId: oid })], owned).errors[0]?.message).toBe('already belongs to boss@council.gov.uk');
    const twice = planStaffImport([row({ email: 'a@x.gov.uk', entraObjectId: oid }), row({ email: 'b@x.gov.uk', entraObjectId: oid, line: 3 })], EMPTY);
    expect(twice.errors[0]).toMatchObject({ row: 3, message: 'is already used on line 2' });
  });
});
