import { monthsByName, namesPattern } from './month-names';

/**
 * Dates in the Solar Hijri calendar, as Iranian and Afghan pages print a story's date: "۷ آذر ۱۴۰۵" (Iran's month
 * names), "۸ قوس ۱۴۰۵" (the zodiac names Afghanistan uses in Dari), "۸ لیندۍ ۱۴۰۵" (Pashto). Read into the Gregorian
 * date the rest of Sidelight works with.
 */

/** The months, Farvardin (Hamal, Wray) first: Iranian Persian, Dari and Pashto names, with their other spellings. */
const SOLAR_HIJRI_MONTH_NAMES = [
  'فروردین حمل وری',
  'اردیبهشت ثور غویی',
  'خرداد جوزا جوزاء غبرگولی',
  'تیر سرطان چنگاښ',
  'مرداد امرداد اسد زمری',
  'شهریور سنبله وږی',
  'مهر میزان تله',
  'آبان عقرب لړم',
  'آذر قوس لیندۍ',
  'دی جدی مرغومی',
  'بهمن دلو سلواغه',
  'اسفند حوت کب',
];
const SOLAR_HIJRI_MONTHS = monthsByName(SOLAR_HIJRI_MONTH_NAMES);

/** The names as a regex alternation, longest first ("امرداد" before "مرداد"). */
export const SOLAR_HIJRI_MONTH = namesPattern(SOLAR_HIJRI_MONTHS.keys());

const SOLAR_HIJRI_WORD = new RegExp(`(?:^|\\s)(?:${SOLAR_HIJRI_MONTH})(?=\\s)`, 'u');

/** True when `text` holds a Solar Hijri month name between spaces (a date such as "۷ آذر ۱۴۰۵" in it). */
export function holdsSolarHijriMonth(text: string): boolean {
  return SOLAR_HIJRI_WORD.test(text);
}

/** Years a page of today dates a story in: 1300 AP (1921) to 1499 AP (2121). */
const MIN_YEAR = 1300;
const MAX_YEAR = 1499;
/** Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or 30. */
const LONG_MONTHS = 6;
const LONG_MONTH_DAYS = 31;
const SHORT_MONTH_DAYS = 30;
/** Nowruz (1 Farvardin) falls on March 20 or 21 of the Gregorian year 621 years on: estimated as March 21. */
const GREGORIAN_OFFSET = 621;
const NOWRUZ_MONTH_INDEX = 2;
const NOWRUZ_DAY = 21;
const DAY_MS = 86_400_000;
/** The estimate is off by a day at most; this many days each way are tried. */
const SEARCH_DAYS = 2;

let persianFormat: Intl.DateTimeFormat | undefined;

/** The Solar Hijri year, month and day of a UTC date, as the platform's calendar reads it. */
function solarHijriOf(date: Date): [number, number, number] {
  persianFormat ??= new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const parts = persianFormat.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

/** The month number (1–12) of a Solar Hijri month name, undefined for any other word. */
export function solarHijriMonth(name: string): number | undefined {
  return SOLAR_HIJRI_MONTHS.get(name);
}

/**
 * The Gregorian ISO date ("2026-11-28") of a Solar Hijri date (1405, 9, 7), undefined when there is no such day or the
 * platform has no Persian calendar to check it against.
 */
export function solarHijriToIso(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month <= LONG_MONTHS ? LONG_MONTH_DAYS : SHORT_MONTH_DAYS)) return undefined;
  const dayOfYear =
    month <= LONG_MONTHS
      ? (month - 1) * LONG_MONTH_DAYS + day
      : LONG_MONTHS * LONG_MONTH_DAYS + (month - 1 - LONG_MONTHS) * SHORT_MONTH_DAYS + day;
  const estimate = Date.UTC(year + GREGORIAN_OFFSET, NOWRUZ_MONTH_INDEX, NOWRUZ_DAY) + (dayOfYear - 1) * DAY_MS;
  for (let shift = 0; shift <= SEARCH_DAYS; shift++) {
    for (const sign of shift === 0 ? [1] : [-1, 1]) {
      const date = new Date(estimate + sign * shift * DAY_MS);
      const [y, m, d] = solarHijriOf(date);
      if (y === year && m === month && d === day) return date.toISOString().slice(0, 10);
    }
  }
  return undefined;
}
