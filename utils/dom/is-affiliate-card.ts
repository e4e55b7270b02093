import { textOf } from './text-of';
import { textWithin } from './text-within';
import { HEADINGS_SELECTOR } from './heading-tags';

/** Blocks that hold a card; a paragraph or list item holding a paid link is a line of the story. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A card is a product's or offer's name, its price or offer, a button and a note (characters, no spaces). */
const MAX_CARD_CHARS = 300;
/** A card's line is short: a longer paragraph (characters) is a review, the guide's own text. */
const MAX_LINE_CHARS = 200;
/** A button is a few words ("See it!", "Apply now", "Buy at Amazon"). Characters. */
const MAX_BUTTON_CHARS = 30;
/**
 * A link marked as paid: `rel="sponsored"`, as search engines ask publishers to mark affiliate and advertising links
 * (Google since 2019), often beside "nofollow".
 */
const SPONSORED_LINKS = 'a[rel~="sponsored" i]';
/** Blocks a link may stand in as the whole of their text; a link inside one with more text is in a sentence. */
const LINE_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, blockquote';

/** `Node.TEXT_NODE`, which the pure core cannot read from a global. */
const TEXT_NODE = 3;
const LETTER = /\p{L}/u;

/**
 * Whether words run on both sides of the link: "the <a>Tallis AX1800</a> ($90 at Amazon), updates itself …", a product
 * named in a sentence of the story, also where the template sets its paragraphs as `<div>`s and no paragraph says so.
 */
const inSentence = (link: Element): boolean =>
  [link.previousSibling, link.nextSibling].every(
    (node) => node !== null && node.nodeType === TEXT_NODE && LETTER.test(node.textContent ?? ''),
  );

/** Whether the link is a button: a few words, standing alone rather than in a sentence of a paragraph. */
function isButton(link: Element): boolean {
  const label = textOf(link);
  if (label.length === 0 || label.length > MAX_BUTTON_CHARS || inSentence(link)) return false;
  const block = link.parentElement?.closest(LINE_BLOCKS);
  return !block || textOf(block) === label;
}

/**
 * True for a shopping or card-offer widget set between a story's paragraphs, whatever its class names: a short block
 * (at most 300 characters, no line over 200) with a button marked as a paid link (`rel="sponsored"`: "See it!" under a
 * product's name and price, "Apply now" under a credit card's welcome offer, with its "Rates & fees" and "Terms apply"
 * beside), as lifestyle, deals and travel-rewards sites set them. The story's paragraph with a paid link in a sentence
 * is a line of its own; a buying guide's product section opens on a heading or holds a review longer than a card's
 * line.
 */
export function isAffiliateCard(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  // Every block is asked: the bounded text read first, so that only a short one is searched for paid links.
  if (textWithin(element, MAX_CARD_CHARS) === undefined) return false;
  const links = element.querySelectorAll(SPONSORED_LINKS);
  if (links.length === 0) return false;
  // A guide's product section opens on a heading ("Best overall"); a widget's card names its product in a line.
  if (element.querySelector(HEADINGS_SELECTOR) !== null) return false;
  if (![...links].some(isButton)) return false;
  for (const paragraph of element.getElementsByTagName('p'))
    if (textOf(paragraph).length > MAX_LINE_CHARS) return false;
  return true;
}
