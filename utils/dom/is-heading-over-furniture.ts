import { linkShare } from './link-text';
import { isTestimonialBox } from './is-testimonial-box';
import { isHeadingElement } from './heading-tags';

/** Subheadings that head a block of their own (a side column's "Latest from …" over its story list). */
const HEADING_SELECTOR = 'h2, h3, h4, h5, h6';
/** Wrappers climbed above a heading widget that holds nothing else (see `isHeadingOverFurniture`). */
const MAX_WRAPPER_DEPTH = 3;

/** True when a block after `element` among its siblings holds text. */
export function hasTextAfter(element: Element): boolean {
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling)
    if ((sibling.textContent ?? '').trim().length > 0) return true;
  return false;
}

/** A block with at least this share of link text is a list of links (stories, posts), not the story's prose. */
const MIN_LINK_SHARE = 0.5;

/**
 * True for a wrapper holding only a heading (a page builder's heading widget: Elementor's `elementor-widget-heading`,
 * Beaver Builder's `fl-module-heading`) whose
 * following siblings are all furniture, one of them a list of links or a form: the heading names that furniture
 * ("Latest from the Ledger" over a posts widget and a sign-up form, where the heading widget has no telling name of
 * its own; Readability may have emptied the posts list by then), or a slider of testimonials. A story's subheading
 * has the story's paragraphs after it, and one over an ad slot (no links, no form) stays.
 */
export function isHeadingOverFurniture(element: Element, isFurniture: (element: Element) => boolean): boolean {
  const text = (element.textContent ?? '').trim();
  if (text.length === 0) return false;
  // A bare heading over furniture is left to the rules that read its words ("Connect With CNET" over a follow list
  // takes the list with it); a wrapper holding only a heading is a builder's heading widget, which has none.
  if (isHeadingElement(element)) return false;
  const heading = element.querySelector(HEADING_SELECTOR);
  if (!heading || (heading.textContent ?? '').trim() !== text) return false;
  // A builder nests its heading widget in wrappers of their own (Brizy's `brz-wrapper > brz-rich-text > div`): the
  // blocks it heads are the siblings of the outermost wrapper that holds nothing but the heading.
  let box = element;
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH && !hasTextAfter(box); depth++) {
    const parent = box.parentElement;
    if (!parent || (parent.textContent ?? '').trim() !== text) break;
    box = parent;
  }
  let named = false;
  for (let sibling = box.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if ((sibling.textContent ?? '').trim().length === 0) continue;
    if (!isFurniture(sibling)) return false;
    // A slider of testimonials is named by its heading ("Why our members ride with us") as a list is.
    if (linkShare(sibling) >= MIN_LINK_SHARE || sibling.querySelector('form, input') !== null) named = true;
    else if (isTestimonialBox(sibling)) named = true;
  }
  return named;
}
