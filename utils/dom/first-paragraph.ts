import { isBoilerplateLine } from './is-boilerplate-line';
import { readsAsByline } from './reads-as-byline';
import { isDek, isLeadDek, isNamedDek } from './is-dek';
import { originalOf, wholeOriginalOf } from './original-of';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';

/**
 * A header block around the headline holds headline, dek, byline, date and the lead image's caption: a few hundred
 * characters. Past this many it holds story paragraphs too (a `<header>` misused as a wrapper), whose first is the
 * story's.
 */
const MAX_HEADER_BLOCK_CHARS = 1200;
const SPACES = /\s+/g;
/**
 * A dek is a sentence or two, set in a paragraph or two: a block named as one that holds more story-length paragraphs
 * than this is the story's own block, whatever its name (Planet 4, the WordPress theme of Greenpeace's national sites,
 * sets the whole post in `div.post-content-lead`).
 */
const MAX_DEK_PARAGRAPHS = 2;

/**
 * A card shown only on hover over its trigger (ARIA's `tooltip` role): a byline's bio card under the headline ("Ann
 * Lee covers banking for …"), as money and health guides set one for the writer and one for the editor.
 */
const TOOLTIP = '[role="tooltip"]';

/** True when `block` holds more story-length paragraphs than a dek has. */
function holdsStory(block: Element): boolean {
  let paragraphs = 0;
  for (const paragraph of block.getElementsByTagName('p')) {
    if ((paragraph.textContent ?? '').trim().length >= MIN_PARAGRAPH_CHARS && ++paragraphs > MAX_DEK_PARAGRAPHS)
      return true;
  }
  return false;
}

/**
 * The first paragraph of the story in `root` that is not itself named as a dek, nor inside one, if any; also past
 * boilerplate lines (an affiliate note in the header). Names are read on the page's own element too (Readability
 * re-creates a `<div>` dek as a bare `<p>`), in the body's and the header's words. A paragraph in the page's short
 * header block around the headline (`header`) is the dek, whatever its name: a template whose class names say
 * nothing (`css-a439cf`) still sets its header in a `<header>`. `isDekBlock` names more deks on the page's own
 * elements (a summary block the page's description repeats).
 */
export function firstParagraph(
  root: Element,
  pairs: ReadonlyMap<Node, Node>,
  header?: Element,
  headline?: Element,
  isDekBlock: (element: Element) => boolean = () => false,
): Element | undefined {
  // A paragraph set above the headline (a print view's reprint notice, a text-only page's banner) is not where the
  // story starts, when Readability kept it in one block with the story: the first paragraph after the headline is.
  // When every candidate is above it the headline found is not the story's, and the order says nothing.
  if (headline?.ownerDocument.body) {
    const above = elementsBefore(headline.ownerDocument.body, headline);
    const below = storyParagraph(
      root,
      pairs,
      header,
      (paragraph) => above.has(originalOf(paragraph, pairs) ?? root),
      isDekBlock,
    );
    if (below) return below;
  }
  return storyParagraph(root, pairs, header, () => false, isDekBlock);
}

/** `firstParagraph` past the paragraphs `passed` says to pass over. */
function storyParagraph(
  root: Element,
  pairs: ReadonlyMap<Node, Node>,
  header: Element | undefined,
  passed: (paragraph: Element) => boolean,
  isDekBlock: (element: Element) => boolean,
): Element | undefined {
  const inHeader =
    header && (header.textContent ?? '').length <= MAX_HEADER_BLOCK_CHARS
      ? (element: Element | undefined): boolean => element !== undefined && header.contains(element)
      : () => false;
  const named = (at: Element): boolean =>
    [at, wholeOriginalOf(at, pairs) ?? at].some(
      (element) => isNamedDek(element) || isDek(element, true) || isLeadDek(element) || isDekBlock(element),
    ) && !holdsStory(at);
  for (const paragraph of root.getElementsByTagName('p')) {
    const text = (paragraph.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH_CHARS || isBoilerplateLine(text.replace(SPACES, ' '))) continue;
    // A byline row Readability re-set as a paragraph ("Ann Lee, Agency Published on …") is the header's, not the
    // story's.
    if (readsAsByline(text)) continue;
    const original = originalOf(paragraph, pairs);
    if (inHeader(original)) continue;
    // A bio in a byline's hover card is the writer's, not the story's first paragraph.
    if ((original ?? paragraph).closest(TOOLTIP) !== null) continue;
    if (passed(paragraph)) continue;
    let inDek = false;
    for (let at: Element | null = paragraph; at && at !== root && !inDek; at = at.parentElement) inDek = named(at);
    if (!inDek) return paragraph;
  }
  return undefined;
}

/**
 * The elements of `root` that come wholly before `paragraph` in document order (one pass; DOM libraries do not all
 * implement `compareDocumentPosition` alike). Empty when there is no such paragraph.
 */
export function elementsBefore(root: Element, paragraph: Element | undefined): Set<Element> {
  const before = new Set<Element>();
  if (!paragraph) return before;
  for (const element of root.querySelectorAll('*')) {
    if (element === paragraph) break;
    if (!element.contains(paragraph)) before.add(element);
  }
  return before;
}
