import { lineWithin } from './text-within';

/**
 * A region the page labels as its byline (`<section aria-labelledby="article-byline">`, as BBC World Service pages
 * hold "Article information", "Author, …", "Role, …" in each service's language): the header's, not the story's.
 * The labelled names are read from JSON-LD and the page's meta tags; the lines' labels the parser cannot read.
 */

/** A byline region holds a few names and roles; more text than this (characters, spaces aside) is not one. */
const MAX_BYLINE_CHARS = 240;
const BYLINE_LABEL = /(?:^|[-_\s])byline(?:$|[-_\s])/i;
/**
 * The region's heading as BBC pages word it, for when its id no longer names it (a build that generates ids): "Article
 * information", Persian "اطلاعات مقاله".
 */
const BYLINE_HEADING = /^(?:article information|اطلاعات مقاله)$/i;

/** A region's heading is a few words (characters). */
const MAX_HEADING_CHARS = 40;

/** The text of the element the region's `aria-labelledby` names, when short (a heading), else ''. */
function labelText(element: Element, id: string): string {
  const heading = element.ownerDocument.getElementById(id.trim());
  return heading ? (lineWithin(heading, MAX_HEADING_CHARS) ?? '') : '';
}

/**
 * True for an element labelled by a heading whose id names the byline, or which reads as one ("Article information"),
 * holding no more than a byline's text.
 */
export function isBylineRegion(element: Element): boolean {
  const label = element.getAttribute('aria-labelledby');
  if (label === null) return false;
  if (!BYLINE_LABEL.test(label) && !BYLINE_HEADING.test(labelText(element, label))) return false;
  return lineWithin(element, MAX_BYLINE_CHARS) !== undefined;
}
