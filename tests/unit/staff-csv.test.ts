import { describe, expect, it } from '@jest/globals';
import { parseStaffCsv } from '../../api/src/domain/directory/staff-csv.js';

const HEADER = 'email,display_name,job_title,service,site,line_manager_email,entra_object_id,status';

describe('parseStaffCsv', () => {
  it('reads every column, lower-casing e-mail addresses and defaulting status to active', () => {
    const { rows, errors } = parseStaffCsv(`${HEADER}\nAnn.Lee@Council.gov.uk,Ann Lee,Planner,Planning,Civic Centre,,,\n`);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        email: 'ann.lee@council.gov.uk',
        displayName: 'Ann Lee',
        jobTitle: 'Planner',
        service: 'Planning',
        site: 'Civic Centre',
        lineManagerEmail: null,
        entraObjectId: null,
        status: 'active',
      },
    ]);
  });

  it('accepts a file with only the required columns, in any order, with a byte-order mark', () => {
    const { rows, errors } = parseStaffCsv('\uFEFFservice,display_name,email\r\nHousing,"Lee, Ann",ann@council.gov.uk\r\n');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ displayName: 'Lee, Ann', service: 'Housing', jobTitle: null, site: null });
  });

  it('lists every problem with its line and column rather than stopping at the first', () => {
    const csv = [HEADER, 'not-an-email,Ann Lee,,Planning,,,,', 'bob@council.gov.uk,,,,,boss@,xyz,retired'].join('\n');
    const { errors } = parseStaffCsv(csv);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'email', field: 'rows[2].email' }),
        expect.objectContaining({ row: 3, column: 'display_name', message: 'is required' }),
        expect.objectContaining({ row: 3, column: 'service', message: 'is required' }),
        expect.objectContaining({ row: 3, column: 'line_manager_email' }),
        expect.objectContaining({ row: 3, column: 'entra_object_id' }),
        expect.objectContaining({ row: 3, column: 'status', message: 'must be "active" or "leaver"' }),
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('names unknown and missing columns in the header', () => {
    const { errors } = parseStaffCsv('email,name,department\nann@council.gov.uk,Ann,Planning\n');
    expect(errors.map((error) => error.column)).toEqual(['name', 'department', 'display_name', 'service']);
    expect(errors.every((error) => error.row === 1)).toBe(true);
  });

  it('reports a line with the wrong number of values', () => {
    const { errors } = parseStaffCsv('email,display_name,service\nann@council.gov.uk,Ann Lee\n');
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: 'file', message: 'has 2 values but the header has 3 columns' })]);
  });

  it('says so when the file is empty or has nobody in it', () => {
    expect(parseStaffCsv('').errors[0]?.message).toMatch(/empty/);
    expect(parseStaffCsv('email,display_name,service\n').errors[0]?.message).toMatch(/nobody/);
  });

  it('explains broken quoting as not valid CSV', () => {
    expect(parseStaffCsv('email,display_name,service\n"ann@council.gov.uk,Ann,Planning\n').errors[0]?.message).toMatch(/not valid CSV/);
  });
});
