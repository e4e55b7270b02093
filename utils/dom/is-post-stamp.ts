import { textOf } from './text-of';

/**
 * A time of day alone, with its minutes and, if printed, am/pm and a zone: "14.32 GMT", "9:42 p.m. ET", "11:10".
 * A date or any other word makes it a dateline the header reader may want.
 */
export const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|IST|[ECMP][SD]?T|A?E[SD]T|CES?T))?$/i;
/** Blocks of prose: a time inside one is a word of its sentence ("the vote closes at <time>8:00 p.m.</time>"). */
const PROSE = 'p, li, blockquote, td';

/** The post's author beside its time: a name of up to four words, no sentence, no figures. */
const AUTHOR = /^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}$/u;
const MAX_AUTHOR_CHARS = 40;
/** A post's title or text beside its time: the row then is the post's head, not its stamp. */
const TEXT_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote';

/** True when `element` prints only a time of day (see `CLOCK`). */
const printsClock = (element: Element): boolean => CLOCK.test(textOf(element).trim());

/**
 * True for a live blog post's time stamp inside the story: a `<time>` element that prints only a time of day (`<a
 * href="#block-1"><time>14.32 GMT</time></a>` over each update), outside any paragraph or list item, or the row that
 * holds such a `<time>` and the post's author only (`<div><time>11.48am</time><span>Ann Lee</span></div>`, the meta row
 * live blog templates put over every post), not a row with a heading or paragraph (the post's title). A transcript's
 * "1:14 P.M. EST" printed as a paragraph is a line of the record and stays, and so does a row whose other text is more
 * than a name.
 */
export function isPostStamp(element: Element): boolean {
  // Cheapest first: most blocks neither are nor hold a <time>, and the ancestor test below reads selectors.
  if (element.tagName.toUpperCase() === 'TIME') return element.closest(PROSE) === null && printsClock(element);
  let stamp: Element | undefined;
  for (let child = element.firstElementChild; child && !stamp; child = child.nextElementSibling)
    if (child.tagName.toUpperCase() === 'TIME' && printsClock(child)) stamp = child;
  if (!stamp || element.closest(PROSE) !== null || element.querySelector(TEXT_BLOCKS) !== null) return false;
  const rest = textOf(element).replace(textOf(stamp), '').trim();
  return rest.length === 0 || (rest.length <= MAX_AUTHOR_CHARS && AUTHOR.test(rest));
}
