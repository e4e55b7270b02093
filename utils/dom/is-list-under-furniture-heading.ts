import { linkShare } from './link-text';
import { blockBefore, unwrapMediaWikiHeading } from './media-wiki-heading';

/** Headings that head a block of their own (a rail's "More from …", "Related"). */
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const LISTS = new Set(['UL', 'OL']);
/** An item with at least this share of link text is a link, not a point of the story. */
const MIN_LINK_SHARE = 0.5;

/** True when every item of a list is mostly link text (a list of story links). */
function isLinkList(list: Element): boolean {
  const items = [...list.children];
  if (items.length === 0) return false;
  return items.every((item) => linkShare(item) >= MIN_LINK_SHARE);
}

/**
 * True for a list of links right under a heading named as furniture (`<h3 id="section-more-from-tom-s-guide">More
 * from Tom's Guide</h3><ul><li><a>…</a></li></ul>`): the heading is left out by its name, and the list is its block.
 * A list of points (not links) under it stays.
 */
export function isListUnderFurnitureHeading(element: Element, isFurniture: (element: Element) => boolean): boolean {
  if (!LISTS.has(element.tagName.toUpperCase())) return false;
  // MediaWiki 1.43 and later wrap the heading ("Related news") with its edit link: the wrapper is the list's sibling
  // (or the sibling of the mobile skin's `<section>` the list opens).
  const before = blockBefore(element);
  const heading = before && unwrapMediaWikiHeading(before);
  if (!heading || !HEADINGS.has(heading.tagName.toUpperCase()) || !isFurniture(heading)) return false;
  return isLinkList(element);
}
