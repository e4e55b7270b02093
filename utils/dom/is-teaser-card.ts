import { blockShape } from './block-shape';
import { isHeadingElement } from './heading-tags';

/** Blocks that make a link a card when it wraps them (`<a href><h3>Title</h3><p>Dek</p></a>`). */
const CARD_BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'FIGURE',
  'SECTION',
  'ARTICLE',
]);
/** A list needs at least this many items that are cards to be a teaser list; one such item may be a sub-heading. */
const MIN_CARDS = 2;
/** The share of a list's items that must be cards: a real list with one linked heading in it stays. */
const MIN_CARD_SHARE = 0.8;

const SPACES = /\s+/g;

const isLink = (element: Element): boolean => element.tagName.toUpperCase() === 'A' && element.hasAttribute('href');

/**
 * True when some element under `root` passes `test` (a plain walk: DOM libraries re-parse selector strings per call).
 */
function hasDescendant(root: Element, test: (element: Element, inHeading: boolean) => boolean): boolean {
  const stack: [Element, boolean][] = [...root.children].map((child) => [child, false]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, inHeading] = entry;
    if (test(element, inHeading)) return true;
    // A link below a heading marks a list item as a story card ("<li><h3><a>Title</a></h3>…</li>").
    const heading = inHeading || isHeadingElement(element);
    for (const child of element.children) stack.push([child, heading]);
  }
  return false;
}

const wrapsBlocks = (link: Element): boolean =>
  hasDescendant(link, (element) => CARD_BLOCKS.has(element.tagName.toUpperCase()));

/** True when the blocks after `element` in its parent hold more text than a card's (`MAX_GRID_CARD_CHARS`). */
function headsWriteUp(element: Element): boolean {
  let chars = 0;
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    chars += (sibling.textContent ?? '').replace(SPACES, ' ').trim().length;
    if (chars > MAX_GRID_CARD_CHARS) return true;
  }
  return false;
}

/**
 * True for a link around one heading and nothing else (`<a href><h2>Phở Lantern</h2></a>`) over a write-up longer than
 * a card's dek: the heading's link, set outside it, as a guide links each entry's name to the place's page over the
 * critic's paragraphs. It reads as `<h2><a href>…</a></h2>` does. A teaser's linked title stands alone or over a short
 * dek ("Next article", a grid of recipe cards), and a card wraps more than its title (a dek, a picture, a kicker).
 */
function isOutsideHeadingLink(link: Element): boolean {
  const heading = link.firstElementChild;
  return (
    link.childElementCount === 1 &&
    heading !== null &&
    isHeadingElement(heading) &&
    (link.textContent ?? '').trim() === (heading.textContent ?? '').trim() &&
    headsWriteUp(link)
  );
}

const isCardItem = (item: Element): boolean =>
  hasDescendant(item, (element, inHeading) => isLink(element) && (inHeading || wrapsBlocks(element)));

/** A row of a chart or product embed holds no more text than this (characters): a rank, a title, a name. */
const MAX_ROW_CHARS = 80;
/** Prose: a sentence end followed by more text, or a line ending as a sentence does. */
const PROSE = /[.!?]\s|[.!?]$/u;

/**
 * A list item that is a row of a chart or product embed: a heading with short labels beside it, no prose and no
 * link (`<li><span>1</span><h3>Title</h3><span>Artist</span></li>`). A listicle's item with a heading has its
 * paragraph; a menu's item (a heading over links) is left to the link-run and heading rules.
 */
function isHeadedRow(item: Element): boolean {
  const text = (item.textContent ?? '').replace(SPACES, ' ').trim();
  if (text.length === 0 || text.length > MAX_ROW_CHARS || PROSE.test(text)) return false;
  if (item.getElementsByTagName('a').length > 0) return false;
  return hasDescendant(item, isHeadingElement);
}

/** A card in a grid holds no more text than this (characters): a title, a one-line excerpt, a button's label. */
const MAX_GRID_CARD_CHARS = 300;
/** Blocks that hold a grid of cards when they hold nothing else. */
const GRID_TAGS = new Set(['DIV', 'SECTION']);

/** A card led by its title link (`<div><a href>Title</a><p>Excerpt</p></div>`): the link stands alone as a line. */
function isLinkLedCard(item: Element): boolean {
  const first = item.firstElementChild;
  return first !== null && isLink(first) && item.getElementsByTagName('p').length > 0;
}

/** A class name holding a number: a post's or block's id (`post-4402`, `uagb-post__inner-wrap-2019`), one per card. */
const NUMBERED = /\d/;
/** A grid's own heading over its cards is short ("Related articles", "More from City Hall"). Characters. */
const MAX_GRID_HEADING_CHARS = 80;

/**
 * A card's kind: its tag and its first class name holding no number. Post grids name each card by its post too
 * (`article.uagb-post__inner-wrap.uagb-post__inner-wrap-2019`, WordPress's `post-4402 post type-post category-x`),
 * so the full class lists of two cards differ; the kind they share comes first, before ids, terms and states.
 */
function cardKind(item: Element): string {
  const names = (item.getAttribute('class') ?? '').split(SPACES).filter((name) => name !== '' && !NUMBERED.test(name));
  return `${item.tagName} ${names[0] ?? ''}`;
}

/** True for the grid's own heading before its cards: a short heading with no link ("Related articles"). */
function isGridHeading(element: Element): boolean {
  return (
    isHeadingElement(element) &&
    element.getElementsByTagName('a').length === 0 &&
    (element.textContent ?? '').replace(SPACES, ' ').trim().length <= MAX_GRID_HEADING_CHARS
  );
}

/**
 * A grid of story or guide cards: blocks of one kind side by side, each a short card with a title link (in a
 * heading, wrapping the card, or leading it), perhaps under the grid's own heading (a post-grid block's "Related
 * articles", Newspack's `article-section-title`). The repeated kind says a template wrote them, not a writer.
 */
function isCardGrid(element: Element): boolean {
  const children = [...element.children];
  const items = children[0] && isGridHeading(children[0]) ? children.slice(1) : children;
  const first = items[0];
  if (items.length < MIN_CARDS || !first) return false;
  const kind = cardKind(first);
  if (kind.endsWith(' ')) return false;
  return items.every(
    (item) =>
      cardKind(item) === kind &&
      (item.textContent ?? '').replace(SPACES, ' ').trim().length <= MAX_GRID_CARD_CHARS &&
      (isCardItem(item) || isLinkLedCard(item)),
  );
}

/** A label beside the rows of an embed: its title or a "See the full chart" link, short and no sentence. */
function isShortLabel(element: Element): boolean {
  const text = (element.textContent ?? '').replace(SPACES, ' ').trim();
  return text.length <= MAX_ROW_CHARS && !PROSE.test(text);
}

/**
 * A chart or product embed built of blocks rather than a list: rows of one class, each a heading with short labels
 * (`<div class="row"><span>1</span><h4>Title</h4><span>Artist</span></div>`), beside nothing but short labels (the
 * embed's title, a "See the full chart" link). The repeated class says a template wrote the rows, not a writer.
 */
function isRowBox(element: Element): boolean {
  const items = [...element.children];
  const rows = items.filter(isHeadedRow);
  const first = rows[0];
  if (rows.length < MIN_CARDS || !first?.getAttribute('class')) return false;
  const shape = blockShape(first);
  return (
    rows.every((row) => blockShape(row) === shape) && items.every((item) => rows.includes(item) || isShortLabel(item))
  );
}

/**
 * True for story cards the article does not need: a link wrapping blocks (a teaser's title and dek in one `<a>`; a
 * link around a lone heading is that heading's, `isOutsideHeadingLink`), or a list whose items are such cards or
 * linked headings ("<li><h3><a>Title</a></h3><p>Dek</p></li>"), the shape of "More stories", "Most read" and
 * "Features" lists, or rows of a chart or product embed (a heading and short labels, no prose), or a grid of such cards
 * or rows in blocks of one class. Article prose puts no headings inside list items.
 */
export function isTeaserCard(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'A') return element.hasAttribute('href') && wrapsBlocks(element) && !isOutsideHeadingLink(element);
  if (GRID_TAGS.has(tag)) return isCardGrid(element) || isRowBox(element);
  if (tag !== 'UL' && tag !== 'OL') return false;
  const items = [...element.children].filter((child) => child.tagName.toUpperCase() === 'LI');
  const cards = items.filter((item) => isCardItem(item) || isHeadedRow(item)).length;
  return cards >= MIN_CARDS && cards >= items.length * MIN_CARD_SHARE;
}
