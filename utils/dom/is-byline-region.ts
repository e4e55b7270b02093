import { lineWithin } from './text-within';

/**
 * A region the page labels as its byline (`<section aria-labelledby="article-byline">`, as BBC World Service pages
 * hold "Article information", "Author, …", "Role, …" in each service's language): the header's, not the story's.
 * The labelled names are read from JSON-LD and the page's meta tags; the lines' labels the parser cannot read.
 */

/** A byline region holds a few names and roles; more text than this (characters, spaces aside) is not one. */
const MAX_BYLINE_CHARS = 240;
const BYLINE_LABEL = /(?:^|[-_\s])byline(?:$|[-_\s])/i;

/** True for an element labelled by a heading whose id names the byline, holding no more than a byline's text. */
export function isBylineRegion(element: Element): boolean {
  const label = element.getAttribute('aria-labelledby');
  if (label === null || !BYLINE_LABEL.test(label)) return false;
  return lineWithin(element, MAX_BYLINE_CHARS) !== undefined;
}
