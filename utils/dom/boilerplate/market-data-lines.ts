/**
 * The small print of a prices widget: the delay notice under a quotes ticker ("Quotes delayed 10 minutes.") and the
 * time-and-source stamp under a prices table ("Prices at 16:30, 26 November. Source: ICE Futures Europe"). Farm
 * weeklies and broadcasters set a "Markets" box between a story's paragraphs, finance and business sites set quote
 * widgets beside it; when the box's own markup is lost (no class names, or a plain paragraph under a table) the stamp
 * is left alone on its line; also the ticker strip itself, read as one line (`TICKER_STRIP`). It speaks of the widget's
 * figures, never of what happened.
 */

/** A month's name or its abbreviation, as a date in a stamp writes it. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/**
 * The time and date of a stamp and nothing else: "16:30, 26 November", "the close", "3:15 p.m. CT Nov. 26",
 * "close of trading on Friday". A verb after it ("Prices at 9 a.m. rose 3%") is a story's sentence.
 */
const STAMP =
  '(?:(?:the )?close(?: of (?:business|trading|play))?|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:GMT|BST|UTC|CET|CEST|[CEMP][SD]?T|local time))?)?' +
  `(?:,?\\s*(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?` +
  `(?:,?\\s*\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|,?\\s*${MONTH} \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?`;

/** An index's or a quote's name in a ticker strip: "Dow", "S&P 500", "FTSE 100", "10-Yr Yield", "Brent Crude". */
const QUOTE_NAME = "[\\p{L}\\d][\\p{L}\\d&.'’/-]*(?: (?:[\\p{L}][\\p{L}&.'’/-]*|\\d{2,4})){0,3}";
/** Its level: "26,180.30", "2,813.89", "$61.07", "3.21%". */
const QUOTE_LEVEL = '\\$?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?%?';
/** Its move, signed or bracketed, never a bare number: "+2.13%", "-41.20", "▲ 0.4%", "(-1.02%)". */
const QUOTE_MOVE = '(?:[+\\-−▲▼]\\s?\\d+(?:[.,]\\d+)*%?|\\([+\\-−]?\\d+(?:[.,]\\d+)*%?\\))';
/**
 * A markets ticker strip read as one line: two or more quotes, each a name, a level and a signed move, and nothing
 * else: "Dow 26,180.30 +2.13% S&P 500 2,813.89 +2.12% Nasdaq 7,570.75 +2.64%" (the strip business sites run across
 * the page head, which a short story's block may take in). A sentence about the markets has verbs and no signs.
 */
const TICKER_STRIP = new RegExp(
  `^(?:${QUOTE_NAME}\\s+${QUOTE_LEVEL}\\s+${QUOTE_MOVE}(?:\\s+${QUOTE_MOVE})?\\s*){2,10}$`,
  'u',
);

export const MARKET_DATA_LINES: readonly RegExp[] = [
  TICKER_STRIP,
  // A quotes ticker's delay notice, alone or with the widget's link or source after it: "Quotes delayed 10 minutes.
  // Click for all quotes.", "Data delayed at least 15 minutes", "Futures prices are delayed by 10 mins. Source: CME".
  // The notice ends at its minutes; "Data delayed by 15 minutes caused chaos on the floor" goes on as a sentence.
  /^(?:all |market |futures |stock |commodity )?(?:quotes|prices|data|quotes and data)(?: (?:are|is))? delayed(?: by)?(?: at least| up to)? \d{1,2} ?(?:minutes|minute|mins|min)\b(?:\s*(?:[.;|]|unless otherwise (?:noted|stated|indicated))\s*.{0,100})?$/i,
  // A prices table's stamp, with its source: "Prices at 16:30, 26 November. Source: ICE Futures Europe, Euronext",
  // "Prices as of the close, Nov. 26", "Closing prices as at 4pm". The stamp is the whole line but for the source.
  new RegExp(
    `^(?:closing |futures |market |cash |settlement )?(?:prices|quotes|figures)(?: (?:are|were|correct))? (?:at|as (?:at|of)) ${STAMP}\\.?(?:\\s+source:\\s*[^.]{1,100}\\.?)?$`,
    'i',
  ),
];
