import { isMostlyLinks } from './is-mostly-links';
import { textBlocks } from './is-text-block';
import { textOf } from './text-of';

/** Headings that can title one post of a stream (the page headline, `<h1>`, is read apart). */
const POST_TITLES = 'h2, h3, h4';
/** Class/id words Readability drops as "unlikely content" that a post's header block is named with. */
const HEADER_WORD = /header/i;
const SPACES = /\s+/;
/** Levels looked up from a heading for the header block around it (`header > div > h2`). */
const MAX_HEADER_DEPTH = 3;
/** Posts of the same shape side by side that make a stream (a live blog's updates), not one story's header. */
const MIN_STREAM_POSTS = 2;
/**
 * Characters a post's header block may keep once its headline is out (time stamp, byline, share button) and still
 * be dropped: more is a summary or a lead someone put there, left for Readability to judge.
 */
const MAX_HEADER_REST_CHARS = 200;

/**
 * The block around `heading` (within a few levels) that is a header: a `<header>` element, or one whose class or id
 * says "header" (a site whose class names are hashed still serves the element).
 */
function headerBlockOf(heading: Element): Element | undefined {
  let node = heading.parentElement;
  for (let depth = 0; node && depth < MAX_HEADER_DEPTH; depth++, node = node.parentElement) {
    if (node.tagName === 'HEADER' || HEADER_WORD.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return node;
  }
  return undefined;
}

/** True when what is left of a post's header block is furniture only: no paragraph, a few words. */
const isFurnitureOnly = (header: Element): boolean =>
  header.getElementsByTagName('p').length === 0 && textOf(header).length <= MAX_HEADER_REST_CHARS;

/** A child's shape: its tag and class, the same for every post of one stream. */
const shapeOf = (element: Element): string => `${element.tagName} ${element.getAttribute('class') ?? ''}`;

/** True when `card` is one of several siblings with its tag and class; each parent's children are counted once. */
function isRepeated(card: Element, counts: WeakMap<Element, Map<string, number>>): boolean {
  const parent = card.parentElement;
  if (!parent || (card.getAttribute('class') ?? '').length === 0) return false;
  let shapes = counts.get(parent);
  if (!shapes) {
    shapes = new Map();
    for (const sibling of parent.children) shapes.set(shapeOf(sibling), (shapes.get(shapeOf(sibling)) ?? 0) + 1);
    counts.set(parent, shapes);
  }
  return (shapes.get(shapeOf(card)) ?? 0) >= MIN_STREAM_POSTS;
}

/**
 * True when `post` is one card of a stream of updates: it, or the element it alone fills (`li.post > article`, a
 * few levels up), is one of several siblings with its tag and class.
 */
function isStreamPost(post: Element, counts: WeakMap<Element, Map<string, number>>): boolean {
  let card: Element | null = post;
  for (let depth = 0; card && depth < MAX_HEADER_DEPTH; depth++) {
    if (isRepeated(card, counts)) return true;
    const parent: Element | null = card.parentElement;
    if (!parent || parent.children.length !== 1) return false;
    card = parent;
  }
  return false;
}

/**
 * True when `post` has a paragraph of text outside its header block: a `<p>`, or a text block as templates set
 * paragraphs (`div.paragraph`, a `<div>` of `<br>` runs; see `textBlocks`).
 */
function hasTextBeyond(post: Element, header: Element): boolean {
  for (const paragraph of textBlocks(post)) {
    if (!header.contains(paragraph) && textOf(paragraph).length > 0) return true;
  }
  return false;
}

/**
 * Takes each post's own headline out of the post's header block, in a clone about to be read by Readability: a live
 * blog's update (`article.live-story-post > header.live-story-post__header > h2`) prints its headline in a header block
 * with its time stamp, byline and share button, and Readability drops the whole block as unlikely content, headline
 * and all, or, when the block is an unnamed `<header>` (hashed class names), keeps its time stamp and byline as
 * text. Only in a stream (two or more posts of one shape side by side, each with text beyond its header), so a story's
 * own header block keeps its headline inside; a linked title (a teaser card's) stays put. The headings move right
 * after their header block, in their order, their own "header" class words dropped; the block is then taken out when
 * what is left of it (time, byline, share button) is furniture only. Nodes are moved, not copied, so they keep their
 * pairing with the page.
 */
export function liftPostTitles(clone: Document): void {
  const counts = new WeakMap<Element, Map<string, number>>();
  /** Each emptied header block and the last heading moved out of it (the next one goes after it). */
  const lifted = new Map<Element, Element>();
  for (const heading of [...clone.querySelectorAll(POST_TITLES)]) {
    const header = headerBlockOf(heading);
    const post = header?.parentElement;
    if (!header || !post || isMostlyLinks(heading)) continue;
    if (!isStreamPost(post, counts) || !hasTextBeyond(post, header)) continue;
    (lifted.get(header) ?? header).after(heading);
    lifted.set(header, heading);
    const named = heading.getAttribute('class');
    if (named && HEADER_WORD.test(named)) {
      const kept = named.split(SPACES).filter((token) => token.length > 0 && !HEADER_WORD.test(token));
      heading.setAttribute('class', kept.join(' '));
    }
  }
  for (const header of lifted.keys()) if (isFurnitureOnly(header)) header.remove();
}
