import { describe, expect, it } from '@jest/globals';
import { bankHolidaysOf, easterSunday } from '../../api/src/domain/shared/bank-holidays.js';

// The dates GOV.UK publishes for England and Wales.
describe('bankHolidaysOf', () => {
  it.each([
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
  ])('gives the eight bank holidays of %i', (year, expected) => {
    expect([...bankHolidaysOf(year)].sort()).toEqual(expected);
  });

  it('moves Christmas on a Sunday to the Tuesday, after Boxing Day on the Monday (2022)', () => {
    expect([...bankHolidaysOf(2022)].filter((date) => date.startsWith('2022-12'))).toEqual(expect.arrayContaining(['2022-12-26', '2022-12-27']));
    expect(bankHolidaysOf(2022).has('2022-12-25')).toBe(false);
  });

  it('moves New Year’s Day on a Saturday to the Monday (2022)', () => {
    expect(bankHolidaysOf(2022).has('2022-01-03')).toBe(true);
    expect(bankHolidaysOf(2022).has('2022-01-01')).toBe(false);
  });
});

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year).toISOString().slice(0, 10)).toBe(date);
  });
});
