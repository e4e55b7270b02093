import { isInPage, isListOf } from './is-contents-list';
import { textOf } from './text-of';

/** A link marked as paid (`rel="sponsored"`, as search engines ask of affiliate links): a shop button. */
const SPONSORED = /(?:^|\s)sponsored(?:\s|$)/i;
/**
 * Besides its links, an entry holds a pick's award at most ("Best overall", "Best under $200", "Runner-up"): this many
 * characters, spaces not counted. A sentence about the pick is the guide's own text.
 */
const MAX_LABEL_CHARS = 40;
const SPACES = /\s+/g;

/**
 * True when a list item is a quick-list entry: it opens on a link to a section of the page (the pick's name), every
 * other link in it is marked as paid (its "$349 at Amazon" button), one at least, and what is left is a short award.
 */
function isQuickEntry(item: Element): boolean {
  const links = [...item.getElementsByTagName('a')];
  const [first, ...rest] = links;
  if (!first || rest.length === 0 || !isInPage(first.getAttribute('href'))) return false;
  if (!rest.every((link) => SPONSORED.test(link.getAttribute('rel') ?? ''))) return false;
  const linked = links.reduce((chars, link) => chars + textOf(link).replace(SPACES, '').length, 0);
  return textOf(item).replace(SPACES, '').length - linked <= MAX_LABEL_CHARS;
}

/** True for a quick list: two entries or more (one linked pick is a line of the story), each a quick-list entry. */
const isQuickEntries = (list: Element): boolean => isListOf(list, isQuickEntry);

const HEADING_TAG = /^H[2-6]$/;

/**
 * True for a buying guide's quick list ("The quick list", "Our top picks at a glance"): a list whose every entry links
 * to a pick's section further down and to a shop (`rel="sponsored"`), as Future plc, Android Authority and other
 * affiliate guides put above their picks, or the box holding only such a list and its heading. It is a table of
 * contents with price buttons: the sections it points to are the story, the list repeats their names. A list of picks
 * that writes a sentence about each, or links elsewhere, is the guide's text.
 */
export function isQuickList(element: Element): boolean {
  if (isQuickEntries(element)) return true;
  const children = [...element.children];
  if (children.length !== 2) return false;
  const [heading, list] = children as [Element, Element];
  return HEADING_TAG.test(heading.tagName.toUpperCase()) && isQuickEntries(list);
}
