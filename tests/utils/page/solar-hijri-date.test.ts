import { describe, expect, it } from 'vitest';
import { holdsSolarHijriMonth, solarHijriMonth, solarHijriToIso } from '../../../utils/page/solar-hijri-date';

describe('solarHijriToIso', () => {
  it.each([
    [1405, 9, 7, '2026-11-28'],
    [1405, 1, 1, '2026-03-21'],
    [1403, 1, 1, '2024-03-20'],
    [1403, 12, 30, '2025-03-20'],
    [1404, 6, 31, '2025-09-22'],
  ])('should read %i/%i/%i as %s', (year, month, day, iso) => {
    expect(solarHijriToIso(year, month, day)).toBe(iso);
  });

  it.each([
    [1404, 12, 30, 'Esfand of a common year has 29 days'],
    [1405, 7, 31, 'Mehr has 30 days'],
    [1405, 13, 1, 'there are twelve months'],
    [1205, 9, 7, 'a year no page of today dates a story in'],
  ])('should read no day for %i/%i/%i (%s)', (year, month, day) => {
    expect(solarHijriToIso(year, month, day)).toBeUndefined();
  });
});

describe('solarHijriMonth and holdsSolarHijriMonth', () => {
  it('should read the Iranian, Dari and Pashto names of a month', () => {
    expect(['آذر', 'قوس', 'لیندۍ'].map(solarHijriMonth)).toEqual([9, 9, 9]);
    expect(solarHijriMonth('نوامبر')).toBeUndefined();
  });

  it('should find a month name between spaces, not inside a word', () => {
    expect(holdsSolarHijriMonth('۸ آذر ۱۴۰۵ - ۱۱:۴۰')).toBe(true);
    expect(holdsSolarHijriMonth('آذربایجان شرقی')).toBe(false);
  });
});
