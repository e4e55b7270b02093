import { textOf } from './text-of';

/** More than this share of an element's characters being link text makes it a link's, not a line of prose. */
const MAX_LINK_SHARE = 0.5;

/**
 * True when most of an element's text is link text, or it has none: a menu entry or a teaser in a list, a teaser
 * card's linked title. Characters are counted as a reader sees them (`textOf`).
 */
export function isMostlyLinks(element: Element): boolean {
  const chars = textOf(element).length;
  let linkChars = 0;
  for (const link of element.getElementsByTagName('a')) linkChars += textOf(link).length;
  return chars === 0 || linkChars > chars * MAX_LINK_SHARE;
}
