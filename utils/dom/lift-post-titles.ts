import { isMostlyLinks } from './is-mostly-links';
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

/** The block around `heading` (within a few levels) whose class or id says "header", if any. */
function headerBlockOf(heading: Element): Element | undefined {
  let node = heading.parentElement;
  for (let depth = 0; node && depth < MAX_HEADER_DEPTH; depth++, node = node.parentElement) {
    if (HEADER_WORD.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return node;
  }
  return undefined;
}

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

/** True when `post` has a paragraph of text outside its header block. */
function hasTextBeyond(post: Element, header: Element): boolean {
  for (const paragraph of post.getElementsByTagName('p')) {
    if (!header.contains(paragraph) && textOf(paragraph).length > 0) return true;
  }
  return false;
}

/**
 * Takes each post's own headline out of the post's header block, in a clone about to be read by Readability: a live
 * blog's update (`article.live-story-post > header.live-story-post__header > h2`) prints its headline in a header block
 * with its time stamp, byline and share button, and Readability drops the whole block as unlikely content, headline
 * and all. Only in a stream (two or more posts of one shape side by side, each with text beyond its header), so a
 * story's own header block keeps its headline inside; a linked title (a teaser card's) stays put. The heading moves
 * right after its header block, its own "header" class words dropped, and the block (time, byline) stays Readability's
 * to drop. Nodes are moved, not copied, so they keep their pairing with the page.
 */
export function liftPostTitles(clone: Document): void {
  const counts = new WeakMap<Element, Map<string, number>>();
  for (const heading of [...clone.querySelectorAll(POST_TITLES)]) {
    const header = headerBlockOf(heading);
    const post = header?.parentElement;
    if (!header || !post || isMostlyLinks(heading)) continue;
    if (!isStreamPost(post, counts) || !hasTextBeyond(post, header)) continue;
    header.after(heading);
    const named = heading.getAttribute('class');
    if (named && HEADER_WORD.test(named)) {
      const kept = named.split(SPACES).filter((token) => token.length > 0 && !HEADER_WORD.test(token));
      heading.setAttribute('class', kept.join(' '));
    }
  }
}
