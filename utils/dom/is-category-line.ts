import { isArchiveLink } from './is-tag-link-row';
import { isPhrasing } from './phrasing-tags';
import { lineWithin } from './text-within';

/**
 * A category line is a label and a link or two: "in News", "Posted in Local, Courts", "a cikin Labarai", "dans
 * Société". Longer text (characters) is a sentence, read by the line rules.
 */
const MAX_LINE_CHARS = 80;
/** The label before the links: a word or three ("in", "Filed under", "a cikin"), never a clause. */
const MAX_LABEL_WORDS = 3;
/** Separators between the links and around the label (",", "|", "·", ":"), which are no words. */
const SEPARATORS = /[\s,|·•/:]+/gu;
/** `NodeFilter.SHOW_TEXT`. */
const SHOW_TEXT = 4;

/**
 * True for a block that is only a short label and one or more links into the site's category or tag archives, as
 * WordPress themes print a post's category in its meta row (`<span>in</span> <a rel="category tag">News</a>`), in the
 * site's language, so no word list reads it. The label stands before the links; a block with words after them, or
 * with a link elsewhere, is a sentence of the story.
 */
export function isCategoryLine(element: Element): boolean {
  if (isPhrasing(element)) return false;
  // Read within the bound: every block of the page is asked, and a wrapper's whole text would be read at each level.
  const text = lineWithin(element, MAX_LINE_CHARS);
  if (!text || text.length > MAX_LINE_CHARS) return false;
  const links = [...element.querySelectorAll('a')];
  if (links.length === 0 || !links.every(isArchiveLink)) return false;
  let label = '';
  let afterLinks = '';
  let seenLink = false;
  // The text outside the links: before the first one is the label, after it only separators may stand.
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('a')) seenLink = true;
    else if (seenLink) afterLinks += node.textContent ?? '';
    else label += node.textContent ?? '';
  }
  const labelWords = label.replace(SEPARATORS, ' ').trim();
  if (labelWords.length === 0 || labelWords.split(' ').length > MAX_LABEL_WORDS) return false;
  return afterLinks.replace(SEPARATORS, '').length === 0;
}
