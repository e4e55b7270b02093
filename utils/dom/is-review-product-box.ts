import { isProsConsBox } from './is-pros-cons-box';
import { proseParagraphs } from './prose-paragraphs';
import { unspaced } from './text-of';
import { textWithin } from './text-within';

/** Blocks that hold a product box. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/**
 * A product box is the product's name, a rating, the pros and cons, a one-line verdict and a price or two (characters,
 * spaces not counted): more is a part of the page holding the review itself.
 */
const MAX_BOX_CHARS = 1500;
/**
 * Its lines are labels, names, prices and a one-line verdict (characters, spaces not counted): a longer block is the
 * review's prose.
 */
const MAX_LINE_CHARS = 160;
/** The blocks whose text is a line of the box. */
const LINE_BLOCKS = 'p, li, h2, h3, h4, h5, h6, dd, dt';

/** The pros and cons box among `element`'s children or grandchildren, if any. */
function prosConsIn(element: Element): Element | undefined {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (isProsConsBox(child)) return child;
    for (let grandchild = child.firstElementChild; grandchild; grandchild = grandchild.nextElementSibling) {
      if (isProsConsBox(grandchild)) return grandchild;
    }
  }
  return undefined;
}

/**
 * True for a review's product box around its pros and cons: the product's name, its star rating, the pros and cons,
 * a one-line verdict ("Our Verdict") and the shops' prices ("Best Prices Today", "View Deal"), as IDG's PCWorld and
 * Macworld ("At a Glance"), CNET, Tom's Guide and TechRadar set it above or beside the review. The pros and cons box
 * alone is furniture already (`isProsConsBox`); the box around it sums up the review too, and every line of it is
 * short. A review's own section holding a pros and cons list has paragraphs of prose, longer than any line here.
 */
export function isReviewProductBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase()) || textWithin(element, MAX_BOX_CHARS) === undefined) return false;
  const prosCons = prosConsIn(element);
  if (!prosCons) return false;
  for (const block of element.querySelectorAll(LINE_BLOCKS)) {
    if (prosCons.contains(block)) continue;
    if (textWithin(block, MAX_LINE_CHARS) === undefined) return false;
  }
  // The review's paragraphs set as text-only `<div>`s or as runs closed by `<br>`s are as long (see `proseParagraphs`).
  for (const { block, text } of proseParagraphs(element))
    if (!prosCons.contains(block) && unspaced(text).length > MAX_LINE_CHARS) return false;
  return true;
}
