import { textOf } from './text-of';

/**
 * The label of a shop button: "See at Amazon", "View at Best Buy", "Check price at Walmart", "Shop now", a hotel
 * box's "Check availability", a deal widget's "Get Deal", a theatre or concert site's ticket widget ("Book tickets",
 * "Buy tickets now"). Not a price link ("$449.00 at Amazon"): deals posts list those as their story.
 */
const SHOP_LABEL =
  /^(?:(?:see|view|buy|shop|check (?:the )?price)(?: it)? (?:at|on|from) [\p{L}\p{N}&.'’ -]{2,30}|buy now|shop now|check price|check availability|(?:get|view|see) (?:this |the )?deal|see it|(?:book|buy|get|find) (?:your )?tickets(?: now| here)?)$/iu;
/**
 * A link marked as paid (`rel="sponsored"`, as search engines ask of affiliate and advertising links) with a button's
 * few words ("Get Deal", "SEE IT"): a commerce card's button whatever it says. Marked links inside the story's
 * sentences sit in a paragraph, where the walk up stops.
 */
const SPONSORED = /(?:^|\s)sponsored(?:\s|$)/i;
/** A button is a few words (characters). */
const MAX_BUTTON_CHARS = 30;

/** True when the link is a shop button: by its label, or marked as paid with a button's few words. */
function isShopButton(link: Element): boolean {
  const words = textOf(link);
  if (SHOP_LABEL.test(words)) return true;
  return words.length > 0 && words.length <= MAX_BUTTON_CHARS && SPONSORED.test(link.getAttribute('rel') ?? '');
}
/** A shop box holds at most this much text (characters): a product's name, a price, a rating, the button. */
const MAX_BOX_CHARS = 250;
/**
 * Prose: a sentence end followed by more text (a capital may follow with no space: `textContent` glues blocks).
 */
const PROSE = /[.!?]["”’)]?(?:\s+\S|\p{Lu})/u;
/** The story's own containers: never a box, and the walk up stops there. */
const STOP_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);
/** Blocks a product box is built as; a paragraph or a list item holding a shop link is the story's own line. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FIGURE', 'TABLE']);

/**
 * A test for elements of `doc` that are a product box around a shop button (`<div><span>Name</span> <span>$129.99
 * at Amazon</span><a>See at Amazon</a></div>`): the largest block above the button with no prose and little text.
 * The boxes are found once, walking up from each shop link, so each test is a set lookup.
 */
export function shopBoxTest(doc: Document): (element: Element) => boolean {
  const boxes = new Set<Element>();
  for (const link of doc.getElementsByTagName('a')) {
    if (!isShopButton(link)) continue;
    let top: Element | undefined;
    for (let at = link.parentElement; at && !STOP_TAGS.has(at.tagName.toUpperCase()); at = at.parentElement) {
      const text = textOf(at);
      if (text.length > MAX_BOX_CHARS || PROSE.test(text)) break;
      // The highest block of a box's kind: a link in a paragraph or list item is on the story's own line.
      const tag = at.tagName.toUpperCase();
      if (tag === 'P' || tag === 'LI') break;
      if (BOX_TAGS.has(tag)) top = at;
    }
    if (top) boxes.add(top);
  }
  return (element) => boxes.has(element);
}
