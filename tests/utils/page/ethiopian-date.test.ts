import { describe, expect, it } from 'vitest';
import { ethiopianToIso, parseEthiopianDate } from '../../../utils/page/ethiopian-date';
import { parseDate } from '../../../utils/page/parse-date';

describe('ethiopianToIso', () => {
  it.each([
    [2019, 1, 1, '2026-09-11'],
    [2019, 3, 20, '2026-11-29'],
    [2016, 1, 1, '2023-09-12'],
    [2015, 13, 6, '2023-09-11'],
    [2017, 4, 29, '2025-01-07'],
    [2012, 5, 11, '2020-01-20'],
  ])('should read %i-%i-%i as %s', (year, month, day, iso) => {
    expect(ethiopianToIso(year, month, day)).toBe(iso);
  });

  it.each([
    [2016, 13, 6],
    [2019, 2, 31],
    [2019, 14, 1],
    [1500, 1, 1],
  ])('should read no day in %i-%i-%i', (year, month, day) => {
    expect(ethiopianToIso(year, month, day)).toBeUndefined();
  });
});

describe('parseEthiopianDate', () => {
  it.each([
    ['ኅዳር 20, 2019', '2026-11-29', 12],
    ['ህዳር 20፣ 2019', '2026-11-29', 12],
    ['ኅዳር 20 ቀን 2019 ዓ.ም.', '2026-11-29', 19],
    ['ጥር 11, 2012', '2020-01-20', 11],
  ])('should read %j as its Gregorian day', (text, iso, length) => {
    expect(parseEthiopianDate(text)).toEqual({ iso, length });
    expect(parseDate(text)).toEqual({ iso, length });
  });

  it.each(['ኅዳር 20', 'ሰኔ ወር 2019', 'ኅዳር 20, 20199'])('should read no date in %j', (text) => {
    expect(parseEthiopianDate(text)).toBeUndefined();
  });
});
