/** Already ISO 8601 (`2012-07-15`, `2012-07-15T11:59:00Z`): kept as given. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Words between date and time that `Date.parse` does not understand ("July 15, 2012 at 11:59 am"). */
const FILLER = /\s+(?:at|@|um|à)\s+/i;
/** Day-first dates with dots or slashes are ambiguous; only unambiguous text is parsed. */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO form of a date shown on a page or in an attribute, or undefined when it is not a clear date. */
export function toIsoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (ISO.test(text)) return text.replace(' ', 'T');
  if (!MONTH_NAME.test(text) || !YEAR.test(text)) return undefined;
  const time = Date.parse(text.replace(FILLER, ' '));
  if (Number.isNaN(time)) return undefined;
  // Local calendar fields: the page shows a local date, and toISOString would shift it across midnight.
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
