/** Blocks that make a link a card when it wraps them (`<a href><h3>Title</h3><p>Dek</p></a>`). */
const CARD_BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, figure, section, article';
/** Headings inside a list item mark it as a story card ("<li><h3><a>Title</a></h3><p>Dek</p></li>"). */
const HEADING_LINK = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]';
/** A list needs at least this many items that are cards to be a teaser list; one such item may be a sub-heading. */
const MIN_CARDS = 2;
/** The share of a list's items that must be cards: a real list with one linked heading in it stays. */
const MIN_CARD_SHARE = 0.8;

const isCardItem = (item: Element): boolean =>
  item.querySelector(HEADING_LINK) !== null ||
  [...item.querySelectorAll('a[href]')].some((link) => link.querySelector(CARD_BLOCKS) !== null);

/**
 * True for story cards the article does not need: a link wrapping blocks (a teaser's title and dek in one `<a>`),
 * or a list whose items are such cards or linked headings ("<li><h3><a>Title</a></h3><p>Dek</p></li>"), the shape
 * of "More stories", "Most read" and "Features" lists. Article prose puts no headings inside list items.
 */
export function isTeaserCard(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'A') return element.hasAttribute('href') && element.querySelector(CARD_BLOCKS) !== null;
  if (tag !== 'UL' && tag !== 'OL') return false;
  const items = [...element.children].filter((child) => child.tagName.toUpperCase() === 'LI');
  const cards = items.filter(isCardItem).length;
  return cards >= MIN_CARDS && cards >= items.length * MIN_CARD_SHARE;
}
