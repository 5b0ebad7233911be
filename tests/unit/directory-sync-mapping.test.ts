import { describe, expect, it } from '@jest/globals';
import type { DirectoryState, ImportedPersonState } from '../../api/src/domain/directory/directory-repository.js';
import { mapDirectoryUsers, NO_DEPARTMENT_SERVICE } from '../../api/src/domain/directory/directory-sync-mapping.js';
import type { DirectoryUser } from '../../api/src/domain/shared/microsoft365.js';

const id = (n: number): string => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function user(n: number, overrides: Partial<DirectoryUser> = {}): DirectoryUser {
  return {
    entraObjectId: id(n),
    displayName: `Person ${n}`,
    email: `person.${n}@council.example`,
    jobTitle: 'Officer',
    department: 'Housing',
    officeLocation: 'Civic Centre',
    managerEntraObjectId: null,
    accountEnabled: true,
    ...overrides,
  };
}

function person(n: number, overrides: Partial<ImportedPersonState> = {}): ImportedPersonState {
  return {
    id: `p-${n}`,
    email: `person.${n}@council.example`,
    displayName: `Person ${n}`,
    jobTitle: 'Officer',
    service: 'Housing',
    site: 'Civic Centre',
    lineManagerEmail: null,
    entraObjectId: id(n),
    status: 'active',
    ...overrides,
  };
}

const EMPTY: DirectoryState = { people: [], services: [], sites: [] };
const state = (...people: ImportedPersonState[]): DirectoryState => ({ people, services: ['Housing'], sites: ['Civic Centre'] });

describe('mapDirectoryUsers', () => {
  it('turns a user into a staff row: mail in lower case, department as service, office as site, manager by address', () => {
    const manager = user(1, { email: 'Chief.Exec@Council.Example' });
    const officer = user(2, { jobTitle: ' Revenues Officer ', department: 'Revenues', officeLocation: 'Town Hall', managerEntraObjectId: id(1) });
    const { rows } = mapDirectoryUsers([manager, officer], EMPTY);
    expect(rows).toEqual([
      expect.objectContaining({ line: 1, email: 'chief.exec@council.example', entraObjectId: id(1), lineManagerEmail: null, status: 'active' }),
      {
        line: 2,
        email: 'person.2@council.example',
        displayName: 'Person 2',
        jobTitle: 'Revenues Officer',
        service: 'Revenues',
        site: 'Town Hall',
        lineManagerEmail: 'chief.exec@council.example',
        entraObjectId: id(2),
        status: 'active',
      },
    ]);
  });

  it('makes a disabled account a leaver', () => {
    const { rows } = mapDirectoryUsers([user(1, { accountEnabled: false })], EMPTY);
    expect(rows[0]?.status).toBe('leaver');
  });

  it('puts a user with no department in a service that says so, and leaves the site empty without an office', () => {
    const { rows } = mapDirectoryUsers([user(1, { department: null, officeLocation: '  ' })], EMPTY);
    expect(rows[0]).toMatchObject({ service: NO_DEPARTMENT_SERVICE, site: null });
  });

  it('counts users without an e-mail address and leaves them out, without listing each one', () => {
    const mapped = mapDirectoryUsers([user(1), user(2, { email: null }), user(3, { email: ' ' })], EMPTY);
    expect(mapped).toMatchObject({ listed: 3, withoutMail: 2, skipped: [] });
    expect(mapped.rows.map((row) => row.entraObjectId)).toEqual([id(1)]);
  });

  it('links a manager without an address in Microsoft 365 by the address the directory already has for them', () => {
    const users = [user(1, { email: null }), user(2, { managerEntraObjectId: id(1) })];
    const { rows, skipped } = mapDirectoryUsers(users, state(person(1, { email: 'boss@council.example' })));
    expect(skipped).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ entraObjectId: id(2), lineManagerEmail: 'boss@council.example' })]);
  });

  it('skips a user whose manager has no address anywhere, naming the manager', () => {
    const { rows, skipped } = mapDirectoryUsers([user(1, { email: null }), user(2, { managerEntraObjectId: id(1) })], EMPTY);
    expect(rows).toEqual([]);
    expect(skipped).toEqual([
      { entraObjectId: id(2), displayName: 'Person 2', email: 'person.2@council.example', field: 'manager', message: expect.stringContaining(id(1)) },
    ]);
  });

  it('skips every user sharing one address, rather than guessing which of them the directory means', () => {
    const { rows, skipped } = mapDirectoryUsers([user(1, { email: 'shared@council.example' }), user(2, { email: 'SHARED@council.example' }), user(3)], EMPTY);
    expect(rows.map((row) => row.entraObjectId)).toEqual([id(3)]);
    expect(skipped.map((problem) => [problem.entraObjectId, problem.field])).toEqual([
      [id(1), 'mail'],
      [id(2), 'mail'],
    ]);
  });

  it('skips a person whose address changed in Microsoft 365, because a sync does not rename anyone', () => {
    const { rows, skipped } = mapDirectoryUsers([user(1, { email: 'new.name@council.example' })], state(person(1)));
    expect(rows).toEqual([]);
    expect(skipped[0]).toMatchObject({ field: 'mail', message: expect.stringContaining('knows this person as person.1@council.example') });
  });

  it('skips an entry whose id is not an Entra object id', () => {
    const { skipped } = mapDirectoryUsers([user(1, { entraObjectId: 'not-a-guid' })], EMPTY);
    expect(skipped).toEqual([expect.objectContaining({ entraObjectId: 'not-a-guid', field: 'id' })]);
  });

  it('skips a user who is their own manager', () => {
    const { skipped } = mapDirectoryUsers([user(1, { managerEntraObjectId: id(1) })], EMPTY);
    expect(skipped).toEqual([expect.objectContaining({ field: 'manager', message: expect.stringContaining('their own manager') })]);
  });

  it('makes leavers of people synced before who are gone from Microsoft 365, keeping what the directory knows', () => {
    const gone = person(2, { jobTitle: 'Driver', site: 'Depot', lineManagerEmail: 'person.1@council.example' });
    const { rows, entries } = mapDirectoryUsers([user(1)], state(person(1), gone));
    expect(rows[1]).toEqual({
      line: 2,
      email: 'person.2@council.example',
      displayName: 'Person 2',
      jobTitle: 'Driver',
      service: 'Housing',
      site: 'Depot',
      lineManagerEmail: 'person.1@council.example',
      entraObjectId: id(2),
      status: 'leaver',
    });
    expect(entries.get(2)).toEqual({ entraObjectId: id(2), displayName: 'Person 2', email: 'person.2@council.example' });
  });

  it('leaves alone people who never came from Microsoft 365, people already gone, and people whose address is still listed', () => {
    const fromCsv = person(2, { entraObjectId: null });
    const alreadyLeft = person(3, { status: 'leaver' });
    const recreated = person(4, { entraObjectId: id(99) });
    const { rows } = mapDirectoryUsers([user(1), user(4)], state(person(1), fromCsv, alreadyLeft, recreated));
    expect(rows.map((row) => [row.email, row.status])).toEqual([
      ['person.1@council.example', 'active'],
      ['person.4@council.example', 'active'],
    ]);
  });
});
