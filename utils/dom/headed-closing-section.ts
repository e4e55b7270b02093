import { isWikiChrome } from './is-wiki-chrome';
import { textWithin } from './text-within';

/** How a closing section is told: its heading, the blocks under it, and how many of them it may have. */
export interface ClosingSectionShape {
  isHeading: (element: Element) => boolean;
  isEntry: (element: Element) => boolean;
  /** Tags an entry may have: only such an element is walked back from to find a heading. */
  entryTags: ReadonlySet<string>;
  maxEntries: number;
}

/** True when `heading` is followed, to the end of its block, only by entries (one at least, at most the limit). */
function headsEntries(heading: Element, shape: ClosingSectionShape): boolean {
  let entries = 0;
  for (let at = heading.nextElementSibling; at; at = at.nextElementSibling) {
    // A wiki's navigation box under the section (`table.navbox`) is the engine's, and does not end it.
    if (isWikiChrome(at)) continue;
    if (++entries > shape.maxEntries || !shape.isEntry(at)) return false;
  }
  return entries > 0;
}

/**
 * A test for a labelled section that closes its block: a heading and, after it to the end of the block, only short
 * entries (a fact-check's sources list, a press release's notes to editors). The heading and each entry are part of
 * it. An entry walks back a few blocks for the heading (reading short headings' text at most); the blocks after a
 * heading are read only under such a heading.
 */
export function headedClosingSectionTest(shape: ClosingSectionShape): (element: Element) => boolean {
  return (element) => {
    if (shape.isHeading(element) && headsEntries(element, shape)) return true;
    if (!shape.entryTags.has(element.tagName.toUpperCase())) return false;
    let steps = 0;
    for (
      let at = element.previousElementSibling;
      at && steps < shape.maxEntries;
      at = at.previousElementSibling, steps++
    ) {
      if (shape.isHeading(at)) return headsEntries(at, shape);
    }
    return false;
  };
}

/** What a short entry may not hold: a headline, a picture, a table or a form make it part of a story or a page. */
const INNER_BLOCKS = 'h1, figure, img, form, table';

/**
 * An entry test for a closing section of short blocks (notes to editors, a release's boilerplate): a block of one of
 * `tags`, with no picture, table or form, and at most `maxChars` characters other than spaces.
 */
export function shortBlockTest(tags: ReadonlySet<string>, maxChars: number): (element: Element) => boolean {
  return (element) =>
    tags.has(element.tagName.toUpperCase()) &&
    element.querySelector(INNER_BLOCKS) === null &&
    textWithin(element, maxChars) !== undefined;
}
