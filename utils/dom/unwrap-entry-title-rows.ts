import { textOf } from './text-of';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';

/** Section headings: a list entry's title. */
const HEADINGS = 'h2, h3, h4, h5, h6';
/**
 * A list entry's rank, all the text its title row holds beside the heading: "1", "#1", "No. 1", "1.". Ranked lists
 * (Ranker-type crowd lists, Reader's Digest-type slides) set it in an element of its own beside the entry's heading.
 */
const RANK = /^(?:#|no\.\s*)?\d{1,3}[.)]?$/i;
/** Blocks a title row is built as. */
const ROW_TAGS = new Set(['DIV', 'SPAN']);

/** The rank element beside the heading, when the row holds nothing else: `span.rank` "1". */
function rankBeside(row: Element, heading: Element): Element | undefined {
  const rest = [...row.children].filter((child) => !child.contains(heading));
  const rank = rest[0];
  if (rest.length !== 1 || !rank) return undefined;
  const text = textOf(rank).trim();
  return RANK.test(text) && textOf(row).replace(textOf(heading), '').trim() === text ? rank : undefined;
}

/** True when the entry holding `row` has a paragraph of its own outside it. */
function hasEntryParagraph(row: Element): boolean {
  const entry = row.parentElement;
  if (!entry) return false;
  for (const paragraph of entry.getElementsByTagName('p')) {
    if (!row.contains(paragraph) && textOf(paragraph).trim().length >= MIN_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/**
 * Unwraps the title rows of a ranked list's entries in the copy Readability reads: a block holding the entry's heading
 * and its rank beside it (`div.listItem_header > span.rank + h2 > a`), over the entry's own paragraph.
 * Readability drops such a row twice over: for a class saying "header", and in its cleaning, as a block that is mostly
 * a link (the entry's name links to its page). The heading stays where the row stood; the rank, a counter the list's
 * order already says, goes. A most-read rail's row (a rank and a linked headline) has no paragraph under it and stays.
 * Edits the copy in place.
 */
export function unwrapEntryTitleRows(clone: Document): void {
  for (const heading of [...clone.querySelectorAll(HEADINGS)]) {
    const row = heading.parentElement;
    if (!row || !ROW_TAGS.has(row.tagName.toUpperCase()) || row.querySelectorAll(HEADINGS).length !== 1) continue;
    const rank = rankBeside(row, heading);
    if (!rank || !hasEntryParagraph(row)) continue;
    rank.remove();
    row.replaceWith(...row.childNodes);
  }
}
