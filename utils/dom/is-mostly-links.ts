import { countLinkText } from './link-text';

/** More than this share of an element's characters being link text makes it a link's, not a line of prose. */
const MAX_LINK_SHARE = 0.5;

/**
 * True when most of an element's text is link text, or it has none: a menu entry or a teaser in a list, a teaser
 * card's linked title. Characters are counted without spaces (`countLinkText`).
 */
export function isMostlyLinks(element: Element): boolean {
  const { chars, linkChars } = countLinkText(element);
  return chars === 0 || linkChars > chars * MAX_LINK_SHARE;
}
