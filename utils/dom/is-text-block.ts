import { BLOCK_TAGS } from './block-tags';

/**
 * Tags that make a `<div>` something other than a paragraph: the block tags but the line break, which a paragraph of
 * text set with `<br>` holds (a blog post's `div.post-body`), as in Readability's own test of a paragraph-like div;
 * and pictures, players and form controls, which make it a media box or a sign-up box ("Get the Ledger in your inbox
 * … Sign up").
 */
const CONTAINER_TAGS = new Set([
  ...[...BLOCK_TAGS].filter((tag) => tag !== 'BR'),
  'AUDIO',
  'BUTTON',
  'FORM',
  'IFRAME',
  'IMG',
  'INPUT',
  'PICTURE',
  'SELECT',
  'TEXTAREA',
  'VIDEO',
]);

/** Elements that can be a paragraph: a `<p>`, or a `<div>` as many templates set one (`div.zn-body__paragraph`). */
const PARAGRAPH_CANDIDATES = 'p, div';

/**
 * A block of prose text: a `<p>`, or a `<div>` holding only text and inline markup (a teaser's `div.excerpt`, a
 * story's `div.paragraph`), which Readability reads as a paragraph too.
 */
export function isTextBlock(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'P') return true;
  if (tag !== 'DIV') return false;
  for (const child of element.children) if (CONTAINER_TAGS.has(child.tagName.toUpperCase())) return false;
  return true;
}

/**
 * The text blocks under `root` in page order (see `isTextBlock`): the paragraphs a rule weighing a block's prose
 * counts, whether the template sets them as `<p>` or as `<div>`. One never holds another.
 */
export function textBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(PARAGRAPH_CANDIDATES)].filter(isTextBlock);
}
