import { parseDate } from '../page/parse-date';

/** Already ISO 8601 (`2012-07-15`, `2012-07-15T11:59:00Z`): kept as given. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Words between date and time that `Date.parse` does not understand ("July 15, 2012 at 11:59 am"). */
const FILLER = /\s+(?:at|@|um|à)\s+/i;
/** Day-first dates with dots or slashes are ambiguous; only unambiguous text is parsed. */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;

const pad = (n: number): string => String(n).padStart(2, '0');
/**
 * A month written in words, in any language: letters before the year ("14 de marzo 2019", "14. März 2019"). Only
 * such a date is read by the parser's tables here; "07.15.12 at 11:59" has its letters after the date.
 */
const MONTH_WORD = /^[^\p{L}]*\p{L}[^]*?\b(?:19|20)\d{2}\b/u;

/**
 * A date written in the page's language ("14 de marzo de 2019, 10:31 p.m.", "14. März 2019 um 10:31", "14 mars
 * 2019"), read by the parser's month tables, which `Date.parse` does not know: the text must open with the date and
 * name its month in words (numeric day-first dates stay ambiguous).
 */
function inPageLanguage(text: string): string | undefined {
  const date = parseDate(text);
  return date && MONTH_WORD.test(text.slice(0, date.length)) ? date.iso : undefined;
}

/** The ISO form of a date shown on a page or in an attribute, or undefined when it is not a clear date. */
export function toIsoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (ISO.test(text)) return text.replace(' ', 'T');
  if (!MONTH_NAME.test(text) || !YEAR.test(text)) return inPageLanguage(text);
  const time = Date.parse(text.replace(FILLER, ' '));
  if (Number.isNaN(time)) return inPageLanguage(text);
  // Local calendar fields: the page shows a local date, and toISOString would shift it across midnight.
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
