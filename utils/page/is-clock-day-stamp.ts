/** A time of day, 12- or 24-hour: "6:10pm", "6:10 p.m.", "18:10". */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?`;
/** A day and month without a year: "Nov 28", "November 28", "28 Nov", "28 November". */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?`;
const DAY_MONTH = String.raw`(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})`;

/**
 * The stamp a broadcaster's template prints under the byline for today's stories, the time first and no year
 * ("6:10pm Nov 28"), or the time after ("Nov 28, 6:10pm"). The parser reads no
 * date from it (no year) and would take it for the story's first line; the page's date comes from its metadata.
 * The whole line only: "At 6:10pm Nov 28 the polls closed." is prose.
 */
const CLOCK_DAY_STAMP = new RegExp(String.raw`^(?:${CLOCK}[\s,·|]+${DAY_MONTH}|${DAY_MONTH}[\s,·|]+${CLOCK})$`, 'iu');

/** True for a header line that is only a time of day and a day and month, either way round. */
export function isClockDayStamp(text: string): boolean {
  return CLOCK_DAY_STAMP.test(text.trim());
}
