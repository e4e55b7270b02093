import { classTokens } from './class-tokens';
import { isDivParagraph } from './is-div-paragraph';
import { isMostlyLinks } from './is-mostly-links';
import { retag } from './retag';
import { textOf } from './text-of';

/** Section heading tags: the page headline, `<h1>`, is read apart. */
const SECTION_HEADINGS = 'h2, h3, h4, h5, h6';
/** Class/id tokens Readability reads as "unlikely content" only for the word "header" in them (`subheader`). */
const HEADER_WORD = /header/i;
const SPACES = /\s+/;
/** A blog's date heading over its posts (`h2.date-header`): the parser reads the post's date off it. */
const DATE_HEADER = /(?:^|\s)date-?header(?:\s|$)/i;
/** A paragraph this long is prose, not a label, a caption or a teaser's line. Characters. */
const MIN_PROSE_CHARS = 80;
/** Sibling elements looked at before a heading for the paragraph that makes it a subheading. */
const MAX_LOOKBACK = 3;

/** The sibling elements shortly before `element` (at most `MAX_LOOKBACK`), nearest first. */
function* siblingsBefore(element: Element): Generator<Element> {
  let sibling = element.previousElementSibling;
  for (let i = 0; sibling && i < MAX_LOOKBACK; i++, sibling = sibling.previousElementSibling) yield sibling;
}

/** The siblings shortly before `element` that share one of the class names `names`, nearest first. */
function* kinBefore(element: Element, names: readonly string[]): Generator<Element> {
  for (const sibling of siblingsBefore(element)) {
    const tokens = new Set(classTokens(sibling));
    if (names.some((name) => tokens.has(name))) yield sibling;
  }
}

/**
 * A heading inside the story: a paragraph comes shortly before it in the same block, as a `<p>` or as a `<div>` that
 * reads as one (CSS-module and block-editor templates set paragraphs as `<div>`s, and their subheadings are named
 * `subheader` as often: `h3.subheader` between `div` paragraphs). A title heading (`h3.entry-header` on Typepad,
 * `header h2`) opens its block instead, and stays Readability's to drop.
 */
function followsParagraph(heading: Element): boolean {
  for (const sibling of siblingsBefore(heading)) {
    const tag = sibling.tagName.toUpperCase();
    if (tag === 'P' ? textOf(sibling).length > 0 : tag === 'DIV' && isDivParagraph(sibling)) return true;
  }
  return false;
}

/**
 * A heading opening a block of the story that goes on after the story's blocks of the same kind: magazine templates
 * set the text in many boxes between full-bleed pictures and ads (`div.Article__Content__Block`), and a chapter heading
 * opens its box, a paragraph of prose under it. The box shares a class name with one shortly before it that holds
 * paragraphs; a title heading opens the first box, with no text before it.
 */
function opensStoryBlock(heading: Element): boolean {
  const box = heading.parentElement;
  if (!box || heading.previousElementSibling !== null) return false;
  const next = heading.nextElementSibling;
  // A paragraph of prose under it, as a `<p>` or as a block editor's `<div>` paragraph.
  if (!next || textOf(next).length < MIN_PROSE_CHARS) return false;
  if (next.tagName.toUpperCase() !== 'P' && !isDivParagraph(next)) return false;
  for (const kin of kinBefore(box, classTokens(box))) if (textOf(kin).length >= MIN_PROSE_CHARS) return true;
  return false;
}

/** A section label heading a block of its own ("Ingredients", "Instructions") has at most this many words. */
const MAX_LABEL_WORDS = 3;

/**
 * A short unlinked heading over a list of its section, or over a block of unlinked text without paragraphs: a
 * recipe card's "Ingredients" over its list group and "Notes" over its text (`h3.wprm-recipe-header`). Not over a
 * list of links ("Don't Miss", "Connect With Us" over a menu), nor a title heading, which opens the post's paragraphs.
 */
function headsSection(heading: Element): boolean {
  const text = textOf(heading);
  if (text.length === 0 || text.split(SPACES).length > MAX_LABEL_WORDS) return false;
  if (heading.getElementsByTagName('a').length > 0) return false;
  const next = heading.nextElementSibling;
  if (!next) return false;
  const items = [...next.getElementsByTagName('li')];
  if (items.length > 0) return !items.some(isMostlyLinks);
  // Or over a block of text without paragraphs or links: a recipe card's "Notes". A post's body has paragraphs.
  return (
    next.tagName.toUpperCase() !== 'P' &&
    textOf(next).length > 0 &&
    next.getElementsByTagName('p').length === 0 &&
    next.getElementsByTagName('a').length === 0
  );
}

/** Wrappers looked at above a heading for one that holds nothing but it. */
const MAX_WRAPPER_DEPTH = 3;

/**
 * The wrappers holding nothing but `heading` (same text), innermost first: TYPO3's header content element
 * (`div.frame-type-header > header > h2`), a page builder's heading widget.
 */
function soleWrappers(heading: Element): Element[] {
  const text = textOf(heading);
  const wrappers: Element[] = [];
  let parent = heading.parentElement;
  for (let i = 0; parent && i < MAX_WRAPPER_DEPTH; i++, parent = parent.parentElement) {
    if (textOf(parent) !== text || parent.querySelectorAll(SECTION_HEADINGS).length !== 1) break;
    wrappers.push(parent);
  }
  return wrappers;
}

/**
 * A block of the story comes shortly before `element`: a paragraph, a block holding one (a CMS's text element), or a
 * paragraph a block editor writes without `<p>` (a Notion page's text block, see `isDivParagraph`).
 */
function followsTextBlock(element: Element): boolean {
  let sibling = element.previousElementSibling;
  for (let i = 0; sibling && i < MAX_LOOKBACK; i++, sibling = sibling.previousElementSibling) {
    const paragraphs = sibling.tagName.toUpperCase() === 'P' ? [sibling] : [...sibling.getElementsByTagName('p')];
    if (paragraphs.some((paragraph) => textOf(paragraph).length > 0) || isDivParagraph(sibling)) return true;
  }
  return false;
}

/**
 * A subheading set in a wrapper of its own named for the "header" it holds: TYPO3's fluid_styled_content puts each
 * header content element in `div.frame.frame-type-header > header > h2`, between the text elements of the story, and
 * Readability dropped the wrapper as unlikely content for the word. When the wrapper follows a block of paragraphs it
 * loses its "header" tokens; a title's wrapper that opens the page (no text before it) keeps them.
 */
function spareHeadingWrappers(heading: Element): void {
  const wrappers = soleWrappers(heading);
  const outer = wrappers.at(-1);
  if (!outer || !followsTextBlock(outer)) return;
  // The heading a spared wrapper holds is the story's subheading too, whatever its own name says: Jimdo writes each
  // heading module as `div.j-header > h2#cc-m-header-…`, and the heading, once in its wrapper's place below, has no
  // paragraph of its own before it to spare it.
  for (const element of [...wrappers, heading]) {
    dropHeaderWords(element, 'class');
    dropHeaderWords(element, 'id');
  }
  // Readability's conditional cleaning also drops a `<div>` whose text is all in a heading ("no useful content": it
  // counts text in spans, paragraphs and blocks, not in headings), as Avada's `div.fusion-title > h2` sets each
  // subheading: between two blocks of the story's prose, the heading takes its wrappers' place. A heading over
  // anything else (a list of partners, a rail's items) stays Readability's to drop.
  // A linked heading (a related story's card, `a > h3`) is a teaser's title, never the story's subheading.
  const linked = wrappers.some((wrapper) => wrapper.tagName.toUpperCase() === 'A');
  if (
    wrappers.length === 1 &&
    outer.tagName.toUpperCase() === 'DIV' &&
    heading.firstElementChild === null &&
    !linked &&
    precedesProse(outer)
  )
    outer.replaceWith(heading);
}

/**
 * True when the block right after `element` holds a paragraph of prose and shares a class name with a block shortly
 * before it: the story's text blocks of one kind (`fusion-text fusion-text-2`, `fusion-text fusion-text-3`) on either
 * side, the story going on under the heading. A box's heading after the story ("Do you like this post?" over a share
 * box) has other blocks around it.
 */
function precedesProse(element: Element): boolean {
  const next = element.nextElementSibling;
  if (!next) return false;
  if (kinBefore(element, classTokens(next)).next().done && !followsParagraphBoxLike(element, next)) return false;
  const paragraphs = next.tagName.toUpperCase() === 'P' ? [next] : [...next.getElementsByTagName('p')];
  return paragraphs.some((paragraph) => textOf(paragraph).length >= MIN_PROSE_CHARS);
}

/**
 * True for a box of prose paragraphs: element children only `<p>`s, one of them prose. A builder's text element holds
 * nothing else; a bio, a teaser card or a share box holds a picture, a heading or links beside its lines.
 */
function isParagraphBox(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'DIV' || element.children.length === 0) return false;
  for (const child of element.children) if (child.tagName.toUpperCase() !== 'P') return false;
  return [...element.children].some((paragraph) => textOf(paragraph).length >= MIN_PROSE_CHARS);
}

/**
 * The same shape as a shared class name, for names a build hashed (each of Avada's numbered `fusion-text fusion-text-2`
 * becomes a token of its own): the heading's wrapper comes shortly after a box of prose paragraphs (a picture or a
 * notice may stand between) and right before another, `next`.
 */
function followsParagraphBoxLike(element: Element, next: Element): boolean {
  if (!isParagraphBox(next)) return false;
  for (const sibling of siblingsBefore(element)) if (isParagraphBox(sibling)) return true;
  return false;
}

/**
 * Drops the tokens naming a "header" from an attribute; a heading named for another reason (`related-header`) is not a
 * subheading and never gets here.
 */
function dropHeaderWords(element: Element, name: 'class' | 'id'): void {
  const value = element.getAttribute(name);
  if (!value || !HEADER_WORD.test(value)) return;
  const kept = value.split(SPACES).filter((token) => token.length > 0 && !HEADER_WORD.test(token));
  if (kept.length > 0) element.setAttribute(name, kept.join(' '));
  else element.removeAttribute(name);
}

/**
 * Readies the subheadings of a clone about to be read by Readability, so it keeps them (the page itself is never
 * changed: the furniture tests read the page's own elements):
 * - Readability drops any element whose class or id says "header" as unlikely content, so a story's own subheadings
 *   named that way (`h2.subheader`, Substack's `header-anchor-post`, `section-header`) vanished, and so did a blog's
 *   date heading (`h2.date-header`). Those after a paragraph, or opening a box of the story after one of its kind
 *   (`h2.ChapterHeader` atop a magazine's next text box, see `opensStoryBlock`), short unlinked labels over a list that is no menu
 *   (a recipe card's "Ingredients") and date headings lose the "header" tokens; a title heading that opens its block
 *   keeps them and stays Readability's to drop. So does a wrapper holding nothing but a subheading, after a block
 *   of paragraphs (TYPO3's `div.frame-type-header`, a Notion page's `div.notion-sub_header-block` after its text
 *   blocks).
 * - Each `<h2>` other than the page headline (`headline`, the clone's copy) and its repeats becomes an `<h3>`
 *   (children moved over, so text nodes keep their pairing with the page): Readability deletes the first `<h1>`/`<h2>`
 *   whose words are mostly the title's, meant for a repeated headline, but when the template's header block around
 *   the real one was dropped first it takes a subheading instead ("A name for a tree" under "The apples nobody had a
 *   name for").
 * Returns each new `<h3>` with the `<h2>` it replaces, so the caller can pair it with the page's element.
 */
export function spareHeadings(clone: Document, headline?: Node): Map<Element, Element> {
  for (const heading of clone.querySelectorAll(SECTION_HEADINGS)) {
    spareHeadingWrappers(heading);
    const named = `${heading.getAttribute('class') ?? ''} ${heading.id}`;
    if (!HEADER_WORD.test(named)) continue;
    if (
      !followsParagraph(heading) &&
      !opensStoryBlock(heading) &&
      !headsSection(heading) &&
      !DATE_HEADER.test(heading.getAttribute('class') ?? '')
    )
      continue;
    dropHeaderWords(heading, 'class');
    dropHeaderWords(heading, 'id');
  }
  const renamedFrom = new Map<Element, Element>();
  const title = headline ? textOf(headline) : undefined;
  for (const heading of clone.querySelectorAll('h2')) {
    if (heading === headline || textOf(heading) === title) continue;
    renamedFrom.set(retag(heading, 'h3'), heading);
  }
  return renamedFrom;
}
