import { AFRICAN_READ_TIME } from './african-read-time';

/**
 * A post-meta row of bare counts before a reading time, as WordPress magazine themes (Jannah, JNews, Newspaper) print
 * it beside the byline: the comment count, then the view count, then the reading time ("3 2,318 2 minutes read"); the
 * icons that tell which count is which are no text. Up to three counts; a row of counts alone is read elsewhere
 * (`COUNT_ROW`), and a number before words that are not a reading time is a sentence ("3 2,318 people voted"). A
 * count is grouped in thousands ("2,318", "2.318", "2 318") or up to five bare digits ("12035").
 */
const LEADING_COUNT = /^(?:\d{1,3}(?:[,.\s]\d{3})+|\d{1,5})\s+/u;
const MAX_COUNTS = 3;

/**
 * True for a reading time (`isReadTime`, or one in an African language, `AFRICAN_READ_TIME`) after up to three bare
 * counts.
 */
export function isCountedReadTime(text: string, isReadTime: (text: string) => boolean): boolean {
  let rest = text.trim();
  for (let counts = 0; ; counts++) {
    if (isReadTime(rest) || AFRICAN_READ_TIME.test(rest)) return true;
    const count = LEADING_COUNT.exec(rest);
    if (!count || counts === MAX_COUNTS) return false;
    rest = rest.slice(count[0].length);
  }
}
