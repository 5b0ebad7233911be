import { describe, expect, it } from '@jest/globals';
import { addWorkingHours, isWorkingTime, londonDate, londonWeekday } from '../../api/src/domain/shared/working-hours.js';

const at = (iso: string): Date => new Date(iso);

describe('addWorkingHours', () => {
  it('adds hours within the same working day', () => {
    expect(addWorkingHours(at('2026-11-17T10:00:00Z'), 4)).toEqual(at('2026-11-17T14:00:00Z'));
  });

  it('carries what is left at 17:00 on Friday over to Monday morning (Friday 15:00 + 4 h is Monday 11:00)', () => {
    expect(addWorkingHours(at('2026-11-20T15:00:00Z'), 4)).toEqual(at('2026-11-23T11:00:00Z'));
  });

  it('uses UK summer time in summer (15:00 BST is 14:00 UTC)', () => {
    expect(addWorkingHours(at('2026-07-10T14:00:00Z'), 4)).toEqual(at('2026-07-13T10:00:00Z'));
  });

  it('follows the clocks going forward over the weekend', () => {
    // Friday 27 March 15:00 GMT; the clocks change on Sunday 29 March; Monday 11:00 BST is 10:00 UTC.
    expect(addWorkingHours(at('2026-03-27T15:00:00Z'), 4)).toEqual(at('2026-03-30T10:00:00Z'));
  });

  it('follows the clocks going back over the weekend', () => {
    // Friday 23 October 15:00 BST; the clocks change on Sunday 25 October; Monday 11:00 GMT.
    expect(addWorkingHours(at('2026-10-23T14:00:00Z'), 4)).toEqual(at('2026-10-26T11:00:00Z'));
  });

  it('starts counting at 09:00 when started before the working day', () => {
    expect(addWorkingHours(at('2026-11-16T07:30:00Z'), 1)).toEqual(at('2026-11-16T10:00:00Z'));
  });

  it('starts counting on Monday when started at the weekend', () => {
    expect(addWorkingHours(at('2026-11-21T12:00:00Z'), 4)).toEqual(at('2026-11-23T13:00:00Z'));
  });

  it('starts counting the next morning when started after 17:00', () => {
    expect(addWorkingHours(at('2026-11-17T18:45:00Z'), 2)).toEqual(at('2026-11-18T11:00:00Z'));
  });

  it('spans several working days', () => {
    expect(addWorkingHours(at('2026-11-16T09:00:00Z'), 20)).toEqual(at('2026-11-18T13:00:00Z'));
  });

  it('ends at 17:00 exactly when the hours fill the day', () => {
    expect(addWorkingHours(at('2026-11-17T13:00:00Z'), 4)).toEqual(at('2026-11-17T17:00:00Z'));
  });

  it('handles parts of an hour', () => {
    expect(addWorkingHours(at('2026-11-17T16:50:00Z'), 0.25)).toEqual(at('2026-11-18T09:05:00Z'));
  });

  it('skips Easter: Thursday 25 March 2027 16:00 + 4 h is Tuesday 12:00 BST, after Good Friday, the weekend and Easter Monday', () => {
    expect(addWorkingHours(at('2027-03-25T16:00:00Z'), 4)).toEqual(at('2027-03-30T11:00:00Z'));
  });

  it('skips the Christmas bank holidays and their substitute days', () => {
    // Thursday 24 December 2026 16:00; Christmas Day is a Friday and Boxing Day moves to Monday 28th.
    expect(addWorkingHours(at('2026-12-24T16:00:00Z'), 2)).toEqual(at('2026-12-29T10:00:00Z'));
  });

  it('gives the same instant for no hours, and refuses negative hours', () => {
    expect(addWorkingHours(at('2026-11-21T12:00:00Z'), 0)).toEqual(at('2026-11-21T12:00:00Z'));
    expect(() => addWorkingHours(at('2026-11-21T12:00:00Z'), -1)).toThrow(RangeError);
  });
});

describe('londonWeekday and londonDate', () => {
  it('give the UK day, not the UTC one, around midnight in summer', () => {
    // Sunday 23:30 UTC is Monday 00:30 BST.
    expect(londonWeekday(at('2026-07-12T23:30:00Z'))).toBe(1);
    expect(londonDate(at('2026-07-12T23:30:00Z'))).toBe('2026-07-13');
  });

  it('number the days from Monday (1) to Sunday (7)', () => {
    expect(londonWeekday(at('2026-11-20T12:00:00Z'))).toBe(5);
    expect(londonWeekday(at('2026-11-22T12:00:00Z'))).toBe(7);
  });
});

describe('isWorkingTime', () => {
  it('is true from 09:00 up to 17:00 UK time on weekdays only', () => {
    expect(isWorkingTime(at('2026-07-13T08:00:00Z'))).toBe(true); // 09:00 BST
    expect(isWorkingTime(at('2026-07-13T07:59:00Z'))).toBe(false);
    expect(isWorkingTime(at('2026-07-13T16:00:00Z'))).toBe(false); // 17:00 BST
    expect(isWorkingTime(at('2026-11-21T12:00:00Z'))).toBe(false); // Saturday
    expect(isWorkingTime(at('2026-05-25T11:00:00Z'))).toBe(false); // spring bank holiday
  });
});
