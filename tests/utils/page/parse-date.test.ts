import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/page/parse-date';

describe('parseDate', () => {
  it.each([
    ['2023-09-12', '2023-09-12', 10],
    ['2023-09-12T10:00:00Z rest', '2023-09-12T10:00:00Z', 20],
    ['2023-09-12T10:00+02:00', '2023-09-12T10:00+02:00', 22],
    ['September 12, 2023', '2023-09-12', 18],
    ['Sept. 12, 2023 text', '2023-09-12', 14],
    ['Sep 12 2023', '2023-09-12', 11],
    ['12 Sep 2023', '2023-09-12', 11],
    ['12th September 2023', '2023-09-12', 19],
    ['September 12, 2023, 10:15 AM EDT', '2023-09-12', 32],
    ['12.09.2023', '2023-09-12', 10],
    ['9/30/2023', '2023-09-30', 9],
    ['09-30-2023', '2023-09-30', 10],
    ['2023/09/12', '2023-09-12', 10],
    ['February 29, 2024', '2024-02-29', 17],
    ['12. September 2023', '2023-09-12', 18],
    ['12 septembre 2023', '2023-09-12', 17],
    ['12 de septiembre de 2023', '2023-09-12', 24],
    ['12 сентября 2023', '2023-09-12', 16],
  ])('should read %j', (input, iso, length) => {
    expect(parseDate(input)).toEqual({ iso, length });
  });

  it.each([
    ['not a date'],
    [''],
    ['2023-13-01'],
    ['February 29, 2023'],
    ['September 31, 2023'],
    ['2023-09-123'],
    ['Joined September 12, 2023'],
    ['12 Septembers'],
    ['Foo 12, 2023'],
    ['12 jui 2023'],
    ['12-09.2023'],
  ])('should not read %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });
});
