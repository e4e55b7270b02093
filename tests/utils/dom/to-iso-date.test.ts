import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../utils/dom/to-iso-date';

describe('toIsoDate', () => {
  it.each([
    ['2012-07-15', '2012-07-15'],
    ['2012-07-15T11:59:00Z', '2012-07-15T11:59:00Z'],
    ['2024-03-14T12:00:00+00:00', '2024-03-14T12:00:00+00:00'],
    ['July 15, 2012 at 11:59 am', '2012-07-15'],
    ['15 Jul 2012', '2012-07-15'],
    ['March 14, 2024', '2024-03-14'],
  ])('should read %s as %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each([[undefined], [''], ['3 hours ago'], ['07.15.12 at 11:59'], ['yesterday'], ['Reply']])(
    'should not guess a date from %s',
    (text) => {
      expect(toIsoDate(text)).toBeUndefined();
    },
  );
});
