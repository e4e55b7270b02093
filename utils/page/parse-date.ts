/** A date found at the start of a string: its ISO form and how many characters of the string it spans. */
export interface DateMatch {
  iso: string;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// A month name or its abbreviation (with an optional dot): "September", "Sept.", "Sep".
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
// Time-of-day that may follow a textual date: "10:00 AM EDT", "at 10:00". Kept in the text, not in the ISO value.
const TIME = '(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4}\\b)?)?';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])/;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}(?![\\w-])`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}(?![\\w-])`, 'i');
// Numeric dates with dots or slashes are read day-first ("12.09.2023", most of Europe) unless the second number
// cannot be a month ("9/30/2023", US order).
const NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\w.-])/;
const SLASHED_ISO = /^(\d{4})\/(\d{2})\/(\d{2})(?![\w/-])/;

/** Reads a date (ISO, "September 12, 2023", "12 Sep 2023", "12.09.2023") at the very start of `text`. */
export function parseDate(text: string): DateMatch | undefined {
  const iso = ISO.exec(text);
  if (iso) return build(iso[1], iso[2], iso[3], iso[0].length, iso[4]);
  const slashed = SLASHED_ISO.exec(text);
  if (slashed) return build(slashed[1], slashed[2], slashed[3], slashed[0].length);
  const named = MONTH_FIRST.exec(text);
  if (named) return build(named[3], monthNumber(named[1]), named[2], named[0].length);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return build(dayFirst[3], monthNumber(dayFirst[2]), dayFirst[1], dayFirst[0].length);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, first, second, year] = numeric;
    const monthFirst = Number(second) > 12;
    return build(year, monthFirst ? first : second, monthFirst ? second : first, numeric[0].length);
  }
  return undefined;
}

function monthNumber(name: string | undefined): string | undefined {
  const month = name === undefined ? undefined : MONTHS[name.toLowerCase()];
  return month === undefined ? undefined : String(month);
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  length: number,
  time?: string,
): DateMatch | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso: time ? date + time : date, length };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
