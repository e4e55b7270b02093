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
    // In the page's language, read by the parser's month tables.
    ['14 de marzo 2019 , 10:31 p.m.', '2019-03-14'],
    ['14. März 2019 um 10:31 Uhr', '2019-03-14'],
    ['14 mars 2019 à 10h31', '2019-03-14'],
    ['14 maggio 2019', '2019-05-14'],
  ])('should read %s as %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each([
    [undefined],
    [''],
    ['3 hours ago'],
    ['07.15.12 at 11:59'],
    ['yesterday'],
    ['Reply'],
    ['vor 3 Stunden'],
    ['hace 2 horas'],
    ['14.03.2019'],
  ])('should not guess a date from %s', (text) => {
    expect(toIsoDate(text)).toBeUndefined();
  });
});
