import { textOf } from './text-of';

/**
 * A time of day alone, with its minutes and, if printed, am/pm and a zone: "14.32 GMT", "9:42 p.m. ET", "11:10".
 * A date or any other word makes it a dateline the header reader may want.
 */
const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|IST|[ECMP][SD]?T|A?E[SD]T|CES?T))?$/i;
/** Blocks of prose: a time inside one is a word of its sentence ("the vote closes at <time>8:00 p.m.</time>"). */
const PROSE = 'p, li, blockquote, td';

/**
 * True for a live blog post's time stamp inside the story: a `<time>` element that prints only a time of day
 * (`<a href="#block-1"><time>14.32 GMT</time></a>` over each update), outside any paragraph or list item. A
 * transcript's "1:14 P.M. EST" printed as a paragraph is a line of the record and stays.
 */
export function isPostStamp(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'TIME' || element.closest(PROSE) !== null) return false;
  return CLOCK.test(textOf(element).trim());
}
