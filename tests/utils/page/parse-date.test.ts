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
    ['19/10/12 by Ann', '2012-10-19', 8],
    ['11.05.12', '2012-05-11', 8],
    ['Nov. 6,2012 at 5:32 PM EST by Ann', '2012-11-06', 26],
    ['11/07/2012 1:23 AM | Updated', '2012-07-11', 18],
    ['2012-08-09 02:20:33 (GMT)', '2012-08-09', 19],
    ['August 9, 2012 @ 12:56pm', '2012-08-09', 24],
    ['29 October 2012 13.58 BST', '2012-10-29', 25],
    ['27 نوفمبر 2026 م', '2026-11-27', 14],
    ['3 إبريل 2025', '2025-04-03', 12],
    ['27 تشرين الثاني 2026', '2026-11-27', 20],
    ['5 آب 2026 - 10:30', '2026-08-05', 9],
    ['5 اب 2026', '2026-08-05', 9],
    ['14 كانون الأول 2025', '2025-12-14', 19],
    ['27 تشرين الثاني/نوفمبر 2026', '2026-11-27', 27],
    ['٢٧ نوفمبر ٢٠٢٦', '2026-11-27', 14],
    ['۲۷/۱۱/۲۰۲۶', '2026-11-27', 10],
    ['2026年11月27日 14:05', '2026-11-27', 17],
    ['2026년 11월 27일', '2026-11-27', 13],
    ['2026. november 27.', '2026-11-27', 18],
    ['2026. 11. 27. 10:00', '2026-11-27', 13],
    ['27 Kasım 2026', '2026-11-27', 13],
    ['27. marraskuuta 2026', '2026-11-27', 20],
    ['27 Maret 2026', '2026-03-27', 13],
    ['27. desember 2026', '2026-12-27', 17],
    ['27 augusti 2026', '2026-08-27', 15],
    ['28.nov.2026 às 14h05', '2026-11-28', 11],
    ['3.mar.2026', '2026-03-03', 10],
    ['2026.11.27 14:22', '2026-11-27', 16],
    ['2026.11.27 by Ann', '2026-11-27', 10],
    ['2026/11/27 14:22', '2026-11-27', 16],
  ])('should read %j', (input, iso, length) => {
    expect(parseDate(input)).toEqual({ iso, length });
  });

  it.each([
    ['not a date'],
    [''],
    ['2023-13-01'],
    ['February 29, 2023'],
    ['2026.11.27.3'],
    ['2026.11-27'],
    ['September 31, 2023'],
    ['2023-09-123'],
    ['Joined September 12, 2023'],
    ['28.abc.2026'],
    ['31.nov.2026'],
    ['12 Septembers'],
    ['5 أب 2026'],
    ['27 تشرين 2026'],
    ['12 Sep/Oct 2023'],
    ['2026年13月27日'],
    ['2026. 13. 27.'],
    ['2026. 11. 270'],
    ['27 kas 2026'],
    ['Foo 12, 2023'],
    ['12 jui 2023'],
    ['12-09.2023'],
    ['10-12-14'],
    ['1/2/123'],
    ['26 جمادى 1448'],
    ['12 مار 2023'],
  ])('should not read %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });
});

describe('parseDate in Central and Eastern European languages', () => {
  it.each([
    ['27. listopadu 2026 14:05', '2026-11-27', 24],
    ['3. února 2026', '2026-02-03', 13],
    ['27 listopada 2026', '2026-11-27', 17],
    ['5 października 2026 r.', '2026-10-05', 19],
    ['27 листопада 2026', '2026-11-27', 17],
    ['12. septembra 2026', '2026-09-12', 18],
    ['27 noiembrie 2026', '2026-11-27', 17],
    ['28. новембар 2026.', '2026-11-28', 17],
    ['28. новембра 2026. у 14:05', '2026-11-28', 17],
    ['28 ноември 2026, 14:05', '2026-11-28', 22],
    ['3 юни 2026', '2026-06-03', 10],
    ['28.11.2026. 14:05', '2026-11-28', 17],
    ['28.11.2026.', '2026-11-28', 11],
  ])('should read %j as %s spanning %i characters', (text, iso, length) => {
    expect(parseDate(text)).toEqual({ iso, length });
  });

  it.each(['27 led 2026', '27 lis 2026', '12 čer 2026', '27. listopadus 2026', '28.11.2026.5', '28 нов 2026'])(
    'should read no date in %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});

describe('parseDate with Urdu and Persian month names', () => {
  it.each([
    ['28 نومبر 2026', '2026-11-28'],
    ['3 جنوری 2027', '2027-01-03'],
    ['۷ دسامبر ۲۰۲۶', '2026-12-07'],
    ['۱۲ ژوئیه ۲۰۲۶', '2026-07-12'],
  ])('should read %j', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('should not read a Solar Hijri month as a Gregorian one ("۷ آذر ۱۴۰۵" is 28 November 2026)', () => {
    expect(parseDate('۷ آذر ۱۴۰۵')?.iso).toBe('2026-11-28');
  });
});

describe('parseDate with Solar Hijri dates', () => {
  it.each([
    ['۷ آذر ۱۴۰۵', '2026-11-28', 10],
    ['۸ قوس ۱۴۰۵', '2026-11-29', 10],
    ['۱ فروردین ۱۴۰۵، ۱۰:۲۴', '2026-03-21', 14],
    ['12 دی 1404', '2026-01-02', 10],
  ])('should read %j as its Gregorian day', (text, iso, length) => {
    expect(parseDate(text)).toEqual({ iso, length });
  });

  it.each(['۳۰ اسفند ۱۴۰۴', '۷ آذر ۲۰۲۶', '۷ آذرماه'])('should read no date in %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('parseDate with Georgian and Armenian month names', () => {
  it.each([
    ['29 ნოემბერი, 2026 11:20', '2026-11-29', 23],
    ['3 მარტი 2026', '2026-03-03', 12],
    ['28 նոյեմբերի, 2026', '2026-11-28', 18],
    ['Նոյեմբեր 28, 2026', '2026-11-28', 17],
  ])('should read %j', (text, iso, length) => {
    expect(parseDate(text)).toEqual({ iso, length });
  });

  it('should read no date in a Georgian word that is no month', () => {
    expect(parseDate('29 ნოემბრიდან 2026')).toBeUndefined();
  });
});

describe('parseDate with Filipino and Malay month names', () => {
  it.each([
    ['Nobyembre 28, 2026', '2026-11-28', 18],
    ['Hunyo 3, 2026', '2026-06-03', 13],
    ['28 Disyembre 2026', '2026-12-28', 17],
    ['3 Mac 2026', '2026-03-03', 10],
    ['12 Ogos 2026', '2026-08-12', 12],
    ['28 Disember 2026', '2026-12-28', 16],
  ])('should read %j', (text, iso, length) => {
    expect(parseDate(text)).toEqual({ iso, length });
  });

  it('should read no date in a Filipino month name without a day and year', () => {
    expect(parseDate('Nobyembre na')).toBeUndefined();
  });
});

describe('parseDate on a word after the time', () => {
  it.each([
    ['March 3, 2014 at 1:24 am in Economics', 'March 3, 2014 at 1:24 am'],
    ['3 March 2014 14:05 by Ann Lee', '3 March 2014 14:05'],
    ['11/07/2012 1:23 AM on Tuesday', '11/07/2012 1:23 AM'],
    ['March 3, 2014 at 1:24 am PST in Economics', 'March 3, 2014 at 1:24 am PST'],
    ['3 March 2014 14:05 UTC', '3 March 2014 14:05 UTC'],
    ['28.11.2026, 14:32 Uhr Teilen', '28.11.2026, 14:32 Uhr'],
    ['14. Mai 2019, 16:32 Uhr MESZ', '14. Mai 2019, 16:32 Uhr MESZ'],
    // GMT or UTC with its offset, also with a label glued after it.
    ['February 19, 2020, 8:12 AM GMT+1', 'February 19, 2020, 8:12 AM GMT+1'],
    ['February 19, 2020, 8:12 AM GMT+1Updated on February 19, 2020', 'February 19, 2020, 8:12 AM GMT+1'],
    ['3 March 2014 14:05 UTC+05:30 in Economics', '3 March 2014 14:05 UTC+05:30'],
    ['3 March 2014 14:05 GMT-5', '3 March 2014 14:05 GMT-5'],
  ])('should read %j as %j, a zone only in capitals', (text, date) => {
    expect(text.slice(0, parseDate(text)?.length)).toBe(date);
  });

  it('should not read a capitalised word after a date without a time as its zone', () => {
    expect(parseDate('March 3, 2014 NEWS')?.length).toBe('March 3, 2014'.length);
  });

  it.each([
    // An offset without a time of day before it is not the date's zone.
    ['March 3, 2014 GMT+1', 'March 3, 2014'],
    ['3 March 2014 UTC+05:30 in Economics', '3 March 2014'],
  ])('should not read %j past %j', (text, date) => {
    expect(text.slice(0, parseDate(text)?.length)).toBe(date);
  });
});
