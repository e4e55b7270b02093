import { SECTION_HEADING_TAGS } from './heading-tags';
import { blockShape } from './block-shape';
import { isProseDek } from './dek-text';
import { holdsParagraphBreak } from './is-break';
import { isBoilerplateLine } from './is-boilerplate-line';
import { isSplitStoryIntro } from './is-split-story-intro';
import { nextNode } from './next-node';
import { textOf } from './text-of';
import { isPhrasing } from './phrasing-tags';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';

/** Blocks a dek is set in: a paragraph, or a subheading under the headline (`h1` + `h2` dek). */
const DEK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6']);
/**
 * Whether the element is a block a dek is set in: a dek tag, or a `<div>` holding only its text. A `<div>` of text
 * alone (no block inside: the words, maybe in links or emphasis) is a dek's block too, as Brightspot
 * (`ArticlePage-subHeadline`) and France 24 (`t-content__chapo`) set theirs; a `<div>` holding blocks is a wrapper,
 * whose blocks are asked themselves.
 */
function isDekBlock(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (DEK_TAGS.has(tag)) return true;
  if (tag !== 'DIV') return false;
  for (const child of element.children) if (!isPhrasing(child)) return false;
  return true;
}

/** Page nodes walked from the headline to the dek and on to the story's first paragraph: a header is short. */
const MAX_STEPS = 400;
/** A description closing on an ellipsis was cut by a CMS. */
const ELLIPSIS = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/u;
/** A sentence's end. */
const SENTENCE_END = /[.!?]$/u;
/** A dek is the page's own line: a paragraph in a quote or a figure is a quoted passage or a caption. */
const NOT_IN = 'blockquote, figure, figcaption';
const SPACES = /\s+/g;

/**
 * True when the page's description prints `text`: word for word, or as its opening sentences, or as its opening cut
 * at a word's end and closed on a full stop ("… by 2031." for "… by 2031 as coastal states look to the ocean"), as
 * an editor shortens it. An opening cut anywhere else or closed on an ellipsis is an excerpt a CMS filled in from the
 * story's first paragraph, which says nothing of where the dek is.
 */
function describes(description: string, text: string): boolean {
  const described = description.replace(SPACES, ' ').trim();
  if (described === text) return true;
  if (!text.startsWith(described.slice(0, -1)) || ELLIPSIS.test(described)) return false;
  const after = text[described.length];
  // The opening sentences: the description ends where a sentence of the text does.
  if (text.startsWith(described) && SENTENCE_END.test(described) && after === ' ') return true;
  // Cut and closed on a full stop: the text runs on past the cut, with a space.
  return described.endsWith('.') && text[described.length - 1] === ' ';
}

/**
 * A paragraph of the story: a `<p>`, or a `<div>` of text alone, of story length that no line rule takes for
 * furniture. Blogger's compose editor and e-mailed posts (Posterous, a mail client's HTML) set every paragraph in a
 * `<div>` (`div[style="text-align: justify"] > span`), with no `<p>` in the post: looking for one there walks past the
 * story into the comments, and the lede the page's auto-filled description repeats reads as set apart from it.
 */
function isStoryParagraph(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'P' && !(tag === 'DIV' && isDekBlock(element))) return false;
  const text = textOf(element);
  return text.length >= MIN_PARAGRAPH_CHARS && !isBoilerplateLine(text);
}

/**
 * The block a story paragraph runs on in: its parent, or, for a paragraph of a quoted passage, the block the quote
 * stands in. Link blogs and commentary blogs (kottke.org, Marginal Revolution, Daring Fireball) open a post on a
 * line leading into a `<blockquote>` of the source they link ("… and it is a lovely piece:"), so the story's next
 * paragraph is the quote's, one level down in the same block: the lede runs on into it, not set apart from it.
 */
function storyBlockOf(paragraph: Element): Element | null {
  const quote = paragraph.parentElement?.closest('blockquote');
  return quote ? quote.parentElement : paragraph.parentElement;
}

/**
 * Levels of wrappers climbed from two blocks towards siblings of one run: a block editor sets each paragraph a few
 * wrappers deep in its own block (Notion: `div.notion-text-block > div > div > div[contenteditable]`).
 */
const MAX_RUN_DEPTH = 4;

/**
 * True when two blocks are siblings of one shape (tag and class), or sit at the same depth in such siblings, with
 * wrappers of one shape on the way: a run of wrappers, one per paragraph.
 */
function sameRun(a: Element | null, b: Element | null): boolean {
  for (let depth = 0; a && b && a !== b && depth < MAX_RUN_DEPTH; depth++) {
    if (blockShape(a) !== blockShape(b)) return false;
    if (a.parentElement === b.parentElement) return true;
    a = a.parentElement;
    b = b.parentElement;
  }
  return false;
}

/**
 * True when `element`, a paragraph or subheading of the page, is the dek by its place and the page's description, in
 * no named block: it comes after the headline with no story paragraph between them, the description repeats it (or
 * its opening), it reads as a summary in prose, and the story's first paragraph after it is set apart from it, in
 * another block than its own and not in a sibling wrapper of the same shape. Templates whose class names are hashed
 * (`p.css-41e5cada`) print the dek so: beside the headline in the header, or between the lead picture and the story's
 * block. A lede the description repeats (an auto-filled excerpt) runs on with the story's other paragraphs, in one
 * block or in a run of wrappers of one class, and is the story's; so is a CMS's intro text over its full text
 * (`isSplitStoryIntro`).
 */
export function isApartDescribedDek(
  element: Element,
  headline: Element | undefined,
  description: string | undefined,
): boolean {
  if (!headline || !description || !isDekBlock(element)) return false;
  // Only the page's own elements: a copy's blocks stand in other places.
  if (element.ownerDocument !== headline.ownerDocument || headline.contains(element)) return false;
  if (element.closest(NOT_IN) !== null) return false;
  // Under a label of its own ("In summary" over it), it is a box's text: the box is the rules' for summary boxes.
  for (let at = element.previousElementSibling; at; at = at.previousElementSibling) {
    if (SECTION_HEADING_TAGS.has(at.tagName.toUpperCase())) return false;
  }
  const text = textOf(element);
  if (text.length === 0 || !describes(description, text) || !isProseDek(text)) return false;
  // A block setting a paragraph break (`<br><br>`) holds several paragraphs: a story set in runs, whose opening the
  // description repeats, is no dek.
  if (holdsParagraphBreak(element)) return false;
  let seen = false;
  let node = nextNode(headline, false);
  for (let steps = 0; node && steps < MAX_STEPS; steps++) {
    if (node === element) {
      seen = true;
      node = nextNode(node, false);
      continue;
    }
    if (node.nodeType === 1 && isStoryParagraph(node as Element)) {
      if (!seen) return false;
      const paragraph = node as Element;
      const block = storyBlockOf(paragraph);
      if (block === element.parentElement) return false;
      return !sameRun(element.parentElement, block) && !isSplitStoryIntro(element, paragraph);
    }
    node = nextNode(node, true);
  }
  return false;
}
