import { holdsReviewProse } from './holds-review-prose';
import { textOf } from './text-of';
import { lineWithin, textWithin } from './text-within';

/**
 * A buying guide's badge over a product card: "Our pick", "Budget pick", "Upgrade pick", "Also great", "Best overall".
 */
const PICK_LABEL =
  /^(?:(?:our|top|budget|upgrade|staff|editors?['’]?|runner[- ]up)(?: pick)?|also great|best (?:overall|value|budget))$/i;
/**
 * A card's price button: a price and the shop ("$379 from Amazon", "£149 at Argos", "$749 Home Depot"), or a shop
 * label ("See at Amazon", "Buy now").
 */
const PRICE_BUTTON =
  /^(?:[$£€]\s?\d[\d,.]*\s+(?:(?:at|from)\s+)?\p{L}[\p{L}\p{N}&.'’ -]{1,30}|(?:see|view|buy|shop|check price)(?: it)? (?:at|on|from) \p{L}[\p{L}\p{N}&.'’ -]{1,30}|buy now|shop now)$/iu;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FIGURE']);
/** A card is a badge, a name, a blurb and its buttons: more text than this (characters, spaces not counted) is more. */
const MAX_CARD_CHARS = 700;
/** A badge is a short label: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 24;

/**
 * True for a buying guide's product card (Wirecutter-style): a box that opens with a pick badge and holds a price
 * button, around the product's name and a one-line blurb the guide's own section repeats at length. Found by its
 * badge and button when hashed class names say nothing; a section headed "Our pick: …" is no card, having no badge.
 */
export function isPickCard(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const first = element.firstElementChild;
  if (!first || first.nextElementSibling === null) return false;
  const label = lineWithin(first, MAX_LABEL_CHARS);
  if (label === undefined || !PICK_LABEL.test(label)) return false;
  if (textWithin(element, MAX_CARD_CHARS) === undefined) return false;
  // A section that opens with its badge and goes on to review the product at length is the story's.
  if (holdsReviewProse(element)) return false;
  for (const link of element.getElementsByTagName('a')) {
    if (PRICE_BUTTON.test(textOf(link))) return true;
  }
  return false;
}
