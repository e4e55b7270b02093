import { AFRICAN_READ_TIME } from './african-read-time';

/**
 * A post-meta row of bare counts before a reading time, as WordPress magazine themes (Jannah, JNews, Newspaper) print
 * it beside the byline: the comment count, then the view count, then the reading time ("3 2,318 2 minutes read"); the
 * icons that tell which count is which are no text. Up to three counts; a row of counts alone is read elsewhere
 * (`COUNT_ROW`), and a number before words that are not a reading time is a sentence ("3 2,318 people voted"). A
 * count is grouped in thousands ("2,318", "2.318", "2 318"), up to five bare digits ("12035"), or compact ("3.4k",
 * "12K", as reading-time plugins print a post's word or character count: Hexo NexT's "Symbols count in article: 3.4k").
 */
const LEADING_COUNT = /^(?:\d{1,3}(?:[,.\s]\d{3})+|\d{1,5}|\d{1,3}(?:[.,]\d)?[kK])\s+/u;
const MAX_COUNTS = 3;
/**
 * A bare length after a count: the reading time whose label the row's style sets apart or the template leaves out
 * (Hexo NexT's "3.4k 3 mins.", whose labels are named like the meta row around them). Alone, a length is read
 * elsewhere (`DURATION`); after no count, "3 mins." is left to that rule.
 */
const BARE_LENGTH = /^\d{1,3}\s*(?:mins?|minutes?)\.?$/iu;

/**
 * True for a reading time (`isReadTime`, or one in an African language, `AFRICAN_READ_TIME`) after up to three bare
 * counts.
 */
export function isCountedReadTime(text: string, isReadTime: (text: string) => boolean): boolean {
  let rest = text.trim();
  for (let counts = 0; ; counts++) {
    if (isReadTime(rest) || AFRICAN_READ_TIME.test(rest) || (counts > 0 && BARE_LENGTH.test(rest))) return true;
    const count = LEADING_COUNT.exec(rest);
    if (!count || counts === MAX_COUNTS) return false;
    rest = rest.slice(count[0].length);
  }
}
