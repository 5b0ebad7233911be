import { describe, expect, it } from '@jest/globals';
import { suggestedTargetDate, suggestedWording } from '../../api/src/domain/objectives/suggested-wording.js';

/** The wording and target date offered when a gap or decay in an audit becomes an objective. */

const YEAR = { startsOn: '2026-04-01', endsOn: '2027-03-31' };

describe('suggestedWording', () => {
  it('offers to learn a gap, in the person’s own voice, keeping the statement’s capitals after its first letter', () => {
    expect(suggestedWording('Connect a device to Wi-Fi', 'gap', '2026-11-01')).toEqual({
      title: 'Learn to connect a device to Wi-Fi',
      successMeasure: 'I can connect a device to Wi-Fi without help, and have done it at work by 1 November 2026.',
    });
  });

  it('offers to get back into practice with decay', () => {
    expect(suggestedWording('Use a search engine to look for information online.', 'decay', '2027-03-31')).toEqual({
      title: 'Get back into practice: use a search engine to look for information online',
      successMeasure: 'I can use a search engine to look for information online with confidence again, and have done it at work by 31 March 2027.',
    });
  });

  it('keeps a long statement’s title within the 200 characters a title may have', () => {
    const { title } = suggestedWording(`Do ${'a very long task '.repeat(20)}`, 'gap', '2026-11-01');
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('suggestedTargetDate', () => {
  it.each([
    ['six months ahead', '2026-05-01T09:00:00Z', '2026-11-01'],
    ['the end of a shorter month six months on', '2026-08-31T09:00:00Z', '2027-02-28'],
    ['the year end when that is sooner', '2026-12-01T09:00:00Z', '2027-03-31'],
    ['the year end for a year that has not begun', '2025-01-10T09:00:00Z', '2027-03-31'],
    ['the UK date, not the UTC one, late on a summer evening', '2026-05-31T23:30:00Z', '2026-12-01'],
  ])('is %s', (_, now, expected) => {
    expect(suggestedTargetDate(new Date(now), YEAR)).toBe(expected);
  });
});
