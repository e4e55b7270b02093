import { parseDate } from '../page/parse-date';
import { holdsSolarHijriMonth } from '../page/solar-hijri-date';
import { lineWithin } from './text-within';

/**
 * A row that is only the page's `<time>` stamp, with at most a label or a time beside it, in a calendar or script the
 * parser leaves: a Persian page's Solar Hijri date ("۷ آذر ۱۴۰۵", "۸ آذر ۱۴۰۵ - ۱۱:۴۰ به‌روزرسانی: ۱۲:۳۲"), a Hebrew
 * calendar date, written in a script the parser's month tables do not hold. The parser reads the header's dates off
 * the lines and takes a line it cannot read for the story's first; the page's date comes from its JSON-LD and meta
 * tags. A stamp the parser reads stays for it, but for a Solar Hijri one: the parser reads those dates too, but the
 * row around such a stamp holds the template's Persian labels and counts ("نویسنده", "۱۲۸۴ بازدید", "به‌روز شده:"),
 * which it does not, and the JSON-LD dates the page with its time.
 */

/** A stamp row is a date, a time and a label or two; more text than this (characters, spaces aside) is not one. */
const MAX_STAMP_CHARS = 60;
/** Text beside the `<time>` elements: a label ("Updated:") and a time, not a sentence (characters). */
const MAX_BESIDE_CHARS = 30;
const SENTENCE_END = /[.!?؟](?:\s|$)/u;
/**
 * A stamp in Latin letters is left to the parser, which reads its labels and relative forms ("Publié aujourd'hui à
 * 15h05", "Updated 2 hours ago"), also when the template glues its parts ("November 28, 20265:00 AM ET"), but for a
 * month and year alone (`MONTH_YEAR`).
 */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const SPACES = /\s+/g;
/**
 * A month and its year alone ("November 2026", "Nov 2026"), as visual essays (The Pudding, graphics desks) date a
 * story in a `<time datetime>`: no day, so the parser reads no date off it and would take it for the story's first
 * line; the page's date comes from the `datetime` and the metadata.
 */
export const MONTH_YEAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (?:19|20)\d\d$/i;

/** True for a row that is only a `<time datetime>` stamp naming a month and its year. */
function isMonthStamp(line: string, times: readonly Element[]): boolean {
  const time = times[0];
  return times.length === 1 && time?.hasAttribute('datetime') === true && MONTH_YEAR.test(line);
}

/** True for an element whose text is one or more unreadable `<time>` stamps and at most a short label. */
export function isDateStamp(element: Element): boolean {
  const times = element.tagName.toUpperCase() === 'TIME' ? [element] : [...element.querySelectorAll('time')];
  if (times.length === 0) return false;
  const line = lineWithin(element, MAX_STAMP_CHARS);
  if (line === undefined || line.length === 0 || SENTENCE_END.test(line)) return false;
  if (LATIN_LETTER.test(line)) return isMonthStamp(line, times);
  let stamped = 0;
  for (const time of times) {
    const text = (time.textContent ?? '').replace(SPACES, ' ').trim();
    if (text.length === 0 || (parseDate(text) !== undefined && !holdsSolarHijriMonth(text))) return false;
    stamped += text.length;
  }
  return line.length - stamped <= MAX_BESIDE_CHARS;
}
