import { loneKeptOriginal } from './lone-kept-original';
import { readRegionInstead, type CloneReading } from './read-clone';
import { isUnlikelyNamed } from './readability-names';
import { paragraphProseChars } from './prose-chars';

/**
 * A general guard for stories laid out by a page builder whose names no rule knows. Builders set a story as several
 * text boxes (a "module", "element", "widget", "block" each), every one in its own column and row wrappers, and name
 * each box with its own generated class (`tb_40c6ed1`, `el-a03c7d94`, a CSS-in-JS hash): Readability scores each box
 * apart, never gives the siblings its bonus for a shared class, and keeps the longest box, or it drops the boxes as
 * unlikely content for their names. The builder-specific rules (`widenBuilderRow`, `widenSplitTextBox`) read the
 * names and shapes they know; this one reads only where the story is: under the headline. When the one block
 * Readability kept holds less than half of the prose that sits under the headline in the block the two share, the
 * rest of the story is there, and that block is read whole; the walk then leaves out its furniture as in any article.
 */

/** Readability's block must hold less than this share of the prose under the headline for the guard to act. */
const MAX_KEPT_SHARE = 0.5;
/** The prose left out must be at least this long: a story's paragraphs, not a caption or a bio. Characters. */
const MIN_LEFT_PROSE = 400;
/**
 * At most this many levels between the kept block and the block it shares with the headline: a builder nests a text
 * box in a module, a column, its inner wrapper, a row and the builder's own content block, inside the post's content
 * and article. Further up is the page's layout, with its sidebars and footers.
 */
const MAX_LEVELS = 14;

/** The lowest block holding both `a` and `b`, with how many levels it sits above `b`; undefined past `MAX_LEVELS`. */
function sharedBlock(a: Element, b: Element): Element | undefined {
  let block: Element | null = b.parentElement;
  for (let level = 1; block && level <= MAX_LEVELS; level++, block = block.parentElement)
    if (block.contains(a)) return block;
  return undefined;
}

/** Where a reader writes a comment: a text area, or an editable block as rich comment editors set one. */
const WRITING_BOX = 'textarea, [contenteditable="true"], [contenteditable=""]';

/** Tags of the page's furniture by their own meaning: a side column, a navigation, a footer. */
const FURNITURE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER']);

/**
 * True when `element` sits, below `block`, in a part Readability drops for its name (a `replies` list, a `footer-note`,
 * an `extra` box: unlikely, and not saved by an article-like name) or in an `<aside>`, `<nav>` or `<footer>`: text
 * after a story there is furniture trailing it (a short story's notes, a discussion no finder knew), not the story's
 * other text boxes. A builder's text boxes carry layout names (`widget`, `module`), not these.
 */
function inDroppedPart(element: Element, block: Element): boolean {
  for (let at = element.parentElement; at && at !== block; at = at.parentElement) {
    if (FURNITURE_TAGS.has(at.tagName.toUpperCase())) return true;
    if (isUnlikelyNamed(at)) return true;
  }
  return false;
}

/**
 * Characters of prose paragraphs in `block` after `headline` (in page order), leaving out those in `comments` or in a
 * part Readability drops (`inDroppedPart`): the story's prose, not a top bar's pitch above the headline or readers'
 * comments under the story.
 */
function proseUnder(block: Element, headline: Element, comments: readonly Element[]): number {
  let chars = 0;
  let under = false;
  for (const element of block.querySelectorAll('*')) {
    if (element === headline) under = true;
    if (!under || element.tagName.toUpperCase() !== 'P') continue;
    const length = paragraphProseChars(element);
    if (length === 0 || comments.some((comment) => comment.contains(element))) continue;
    if (!inDroppedPart(element, block)) chars += length;
  }
  return chars;
}

const SPACES = /\s+/g;
/**
 * All the text of the kept block, not only its paragraphs: a blog post typed with line breaks and no `<p>` is all text
 * and no paragraph, and must not look like a small part of the story.
 */
const textChars = (block: Element): number => (block.textContent ?? '').replace(SPACES, ' ').trim().length;

/**
 * When Readability kept one block holding less than half of the prose under the headline in the block they share
 * (see the note at the top), reads that shared block instead.
 */
export function widenUnderHeadline(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  const kept = loneKeptOriginal(reading);
  if (!kept || !headline || kept.contains(headline)) return reading;
  const shared = sharedBlock(headline, kept);
  if (!shared || shared === doc.body || shared === doc.documentElement) return reading;
  // A block holding the readers' comments or a text box to write in (the comment form's) is the page around a post,
  // whose prose is its discussion, not the story's other text boxes. A sign-up or search form asks for an address or
  // a word, not a comment: a builder's blog post sets its newsletter form under the story, in the story's section.
  if (comments.some((comment) => shared.contains(comment)) || shared.querySelector(WRITING_BOX) !== null)
    return reading;
  const keptProse = textChars(kept);
  const storyProse = proseUnder(shared, headline, comments);
  if (storyProse - keptProse < MIN_LEFT_PROSE || keptProse >= storyProse * MAX_KEPT_SHARE) return reading;
  return readRegionInstead(doc, shared, reading, comments, headline);
}
