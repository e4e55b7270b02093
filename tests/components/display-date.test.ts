import { describe, expect, it } from 'vitest';
import { displayDate } from '../../components/display-date';

describe('displayDate', () => {
  it.each([
    ['a bare ISO day', { text: '2026-03-17', iso: '2026-03-17' }, {}, '17 March 2026'],
    ['an ISO date-time, day only', { text: '2026-03-17T07:30:00Z', iso: '2026-03-17T07:30:00Z' }, {}, '17 March 2026'],
    [
      'an ISO date-time with its time',
      { text: '2026-03-17T07:30:00Z', iso: '2026-03-17T07:30:00Z' },
      { withTime: true },
      '17 March 2026 at 7:30',
    ],
    [
      'an ISO comment date without an iso field',
      { text: '2024-03-19T08:05:00Z' },
      { withTime: true },
      '19 March 2024 at 8:05',
    ],
    [
      'an offset date-time, in the zone asked for',
      { text: '2026-03-17T23:30:00-05:00', iso: '2026-03-17T23:30:00-05:00' },
      {},
      '18 March 2026',
    ],
  ])('should write %s as a human date', (_label, date, options, expected) => {
    expect(displayDate(date, { locale: 'en-GB', timeZone: 'UTC', ...options }).text).toBe(expected);
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati'])(
    'should never move a bare day, even for a reader in %s',
    (zone) => {
      expect(displayDate({ text: '2026-03-17', iso: '2026-03-17' }, { locale: 'en-GB', timeZone: zone }).text).toBe(
        '17 March 2026',
      );
    },
  );

  it.each([
    ['in the locale given', 'de-DE', '17. März 2026'],
    [
      'in the default locale when the tag is malformed',
      'not a tag!',
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date('2026-03-17T00:00:00Z'),
      ),
    ],
  ])('should write the date %s', (_label, locale, expected) => {
    expect(displayDate({ text: '2026-03-17', iso: '2026-03-17' }, { locale }).text).toBe(expected);
  });

  it.each([
    ['the page wrote the date in words', { text: 'March 3, 2024', iso: '2024-03-03' }],
    ['the page wrote a relative date', { text: '2 hours ago' }],
    ['the ISO text is not a real date', { text: '2026-13-45', iso: '2026-13-45' }],
  ])('should keep the text as written when %s', (_label, date) => {
    expect(displayDate(date, { locale: 'en-GB' }).text).toBe(date.text);
  });

  it.each([
    [{ text: 'March 3, 2024', iso: '2024-03-03' }, '2024-03-03'],
    [{ text: '2024-03-19T08:05:00Z' }, '2024-03-19T08:05:00Z'],
    [{ text: 'yesterday' }, undefined],
  ])('should give the machine form of %o for <time dateTime>', (date, iso) => {
    expect(displayDate(date).iso).toBe(iso);
  });
});
