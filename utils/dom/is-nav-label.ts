import { linkShare } from './link-text';

/** Headings, and the `<header>` a template wraps one in, that can label the block after them. */
const LABEL_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'HEADER']);
/** A label is a line: a longer block before a `<nav>` is prose that happens to precede it. */
const MAX_LABEL_CHARS = 120;
/**
 * A navigation block is links: at least this share of its characters is link text. Some templates set a byline row
 * as a `<nav>` of spans ("Press Trust of India · Nov 28, 2026") under the dek, which labels nothing.
 */
const MIN_NAV_LINK_SHARE = 0.5;

/** True for a `<nav>` whose text is mostly link text. */
function isLinkNav(nav: Element): boolean {
  return linkShare(nav) >= MIN_NAV_LINK_SHARE;
}

/**
 * True for the heading right over a `<nav>` (a post series' "Small tools in Go (3 Part Series)" over its parts, a
 * "Contents" label over section links): the label of a navigation block, which goes with it. Read by structure, so it
 * holds where class names are hashes.
 */
export function isNavLabel(element: Element): boolean {
  if (!LABEL_TAGS.has(element.tagName.toUpperCase())) return false;
  const next = element.nextElementSibling;
  if (next?.tagName.toUpperCase() !== 'NAV' || !isLinkNav(next)) return false;
  const text = (element.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_LABEL_CHARS;
}
