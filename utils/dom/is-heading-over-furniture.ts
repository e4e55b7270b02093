import { linkShare } from './link-text';

/** Subheadings that head a block of their own (a side column's "Latest from …" over its story list). */
const HEADING_SELECTOR = 'h2, h3, h4, h5, h6';
const HEADING_TAG = /^H[1-6]$/;
/** A block with at least this share of link text is a list of links (stories, posts), not the story's prose. */
const MIN_LINK_SHARE = 0.5;

/**
 * True for a wrapper holding only a heading (a page builder's heading widget: Elementor's `elementor-widget-heading`,
 * Beaver Builder's `fl-module-heading`) whose
 * following siblings are all furniture, one of them a list of links or a form: the heading names that furniture
 * ("Latest from the Ledger" over a posts widget and a sign-up form, where the heading widget has no telling name of
 * its own; Readability may have emptied the posts list by then). A story's subheading has the story's paragraphs after
 * it, and one over an ad slot (no links, no form) stays.
 */
export function isHeadingOverFurniture(element: Element, isFurniture: (element: Element) => boolean): boolean {
  const text = (element.textContent ?? '').trim();
  if (text.length === 0) return false;
  // A bare heading over furniture is left to the rules that read its words ("Connect With CNET" over a follow list
  // takes the list with it); a wrapper holding only a heading is a builder's heading widget, which has none.
  if (HEADING_TAG.test(element.tagName.toUpperCase())) return false;
  const heading = element.querySelector(HEADING_SELECTOR);
  if (!heading || (heading.textContent ?? '').trim() !== text) return false;
  let named = false;
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if ((sibling.textContent ?? '').trim().length === 0) continue;
    if (!isFurniture(sibling)) return false;
    if (linkShare(sibling) >= MIN_LINK_SHARE || sibling.querySelector('form, input') !== null) named = true;
  }
  return named;
}
