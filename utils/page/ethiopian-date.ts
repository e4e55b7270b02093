import { monthsByName, namesPattern } from './month-names';

/**
 * Dates in the Ethiopian calendar, as Ethiopian pages in Amharic print a story's date: "ኅዳር 20, 2019", "ኅዳር 20 ቀን
 * 2019 ዓ.ም." (Hidar 20, 2019 E.C. is November 29, 2026). Twelve months of 30 days and a thirteenth of five or six;
 * the year runs seven or eight years behind the Gregorian one, so a reader taking "2019" at face value would date the
 * story seven years early. Read into the Gregorian date the rest of Sidelight works with.
 */

/** The months, Meskerem first, with the spellings Amharic sites use for the same sounds (ኅ/ህ/ሕ, ሣ/ሳ, ሐ/ሃ). */
const ETHIOPIAN_MONTH_NAMES = [
  'መስከረም',
  'ጥቅምት',
  'ኅዳር ህዳር ሕዳር',
  'ታኅሣሥ ታህሳስ ታኅሳስ ታሕሳስ ታህሣሥ',
  'ጥር',
  'የካቲት',
  'መጋቢት',
  'ሚያዝያ ሚያዚያ',
  'ግንቦት',
  'ሰኔ',
  'ሐምሌ ሃምሌ',
  'ነሐሴ ነሃሴ',
  'ጳጉሜን ጳጉሜ',
];
const ETHIOPIAN_MONTHS = monthsByName(ETHIOPIAN_MONTH_NAMES);
/** The names as a regex alternation, longest first ("ጳጉሜን" before "ጳጉሜ"). */
const ETHIOPIAN_MONTH = namesPattern(ETHIOPIAN_MONTHS.keys());

/**
 * A date at the start of a text: the month, the day (with "ቀን", day, after it, as formal dates write), a comma or the
 * Ethiopic comma, the year, and the era "ዓ.ም." (year of mercy) when given. Two of the month names are two letters
 * ("ጥር", "ሰኔ"), so months are matched by name, not as any word.
 */
const ETHIOPIAN_DATE = new RegExp(
  `^(${ETHIOPIAN_MONTH})\\s+(\\d{1,2})(?:\\s+ቀን)?(?:\\s*[,፣]\\s*|\\s+)(\\d{4})(?:\\s*ዓ\\.?\\s?ም\\.?)?(?![\\p{L}\\p{N}])`,
  'u',
);

/** Years a page of today dates a story in: 1900 E.C. (2007) to 2099 E.C. (2107). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
const MONTH_DAYS = 30;
const LAST_MONTH = 13;
/** Pagume has five days, six in the year before a Gregorian leap year (E.C. year ≡ 3 mod 4). */
const PAGUME_DAYS = 5;
const LEAP_REMAINDER = 3;
/** The Julian day number of 1 Meskerem 1 E.C. (the Amete Mihret era), and of 1970-01-01. */
const ETHIOPIAN_EPOCH_JDN = 1_724_221;
const UNIX_EPOCH_JDN = 2_440_588;
const DAYS_PER_YEAR = 365;
const LEAP_CYCLE = 4;
const DAY_MS = 86_400_000;

/** A date found at the start of a text: its ISO form and how many characters it spans. */
export interface EthiopianDateMatch {
  iso: string;
  length: number;
}

/** Reads an Ethiopian-calendar date at the very start of `text` into its Gregorian ISO date. */
export function parseEthiopianDate(text: string): EthiopianDateMatch | undefined {
  const match = ETHIOPIAN_DATE.exec(text);
  if (!match) return undefined;
  const iso = ethiopianToIso(Number(match[3]), ETHIOPIAN_MONTHS.get(match[1] ?? '') ?? 0, Number(match[2]));
  return iso === undefined ? undefined : { iso, length: match[0].length };
}

/** The Gregorian ISO date ("2026-11-29") of an Ethiopian year, month (1–13) and day, if it is a real day. */
export function ethiopianToIso(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > LAST_MONTH || day < 1) return undefined;
  const leap = year % LEAP_CYCLE === LEAP_REMAINDER;
  if (day > (month === LAST_MONTH ? PAGUME_DAYS + (leap ? 1 : 0) : MONTH_DAYS)) return undefined;
  const jdn =
    ETHIOPIAN_EPOCH_JDN +
    DAYS_PER_YEAR * (year - 1) +
    Math.floor(year / LEAP_CYCLE) +
    MONTH_DAYS * (month - 1) +
    day -
    1;
  return new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS).toISOString().slice(0, 10);
}
