import { isDefinitionRow } from './definition-row';
import type { Span } from '../model';
import { WORD_CHARACTER } from '../text/word-pattern';
import type { TextBuilder } from './text-builder';
import { BLOCK_TAGS } from './block-tags';
import { isCollapsedStoryPart } from './is-collapsed-story-part';
import { isHiddenByMarkup } from './is-hidden-by-markup';
import { isHiddenDropCap } from './is-hidden-drop-cap';
import { isHiddenTranslation } from './is-hidden-translation';
import { isCustomElementRow } from './is-custom-element-row';
import { isHeadlineFlag } from './is-headline-flag';
import { isLinkElement } from './is-link-element';
import { isHeadlineHiddenLabel } from './is-headline-hidden-label';
import { isReportChip, REPORT_CHIP_DASH } from './is-report-chip';
import { opensStamp } from './opens-stamp';
import { SECTION_HEADING_TAGS } from './heading-tags';
import { isTimeField } from './is-time-field';

/** Elements whose text is never page prose: code, embedded documents, form controls, vector art. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'FORM',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** A line break in preformatted text: a code block's lines are lines, not one run of words. */
const PRE_BREAK = /\r?\n/g;

/** Table cells: a short one is a column of its row's line, not a line of its own. */
const CELL_TAGS = new Set(['TD', 'TH']);
/**
 * A cell with at most this many characters and no block inside is a data cell ("£9,500"), read as part of its
 * row's line ("Two-bedroom terrace £9,500 £7,500"); a longer one is a layout cell holding prose or a sidebar.
 */
const MAX_CELL_CHARS = 80;
/**
 * True when a block element (`BLOCK_TAGS`) is inside `element`. A walk of tag names rather than a selector query:
 * it is asked for every table cell and many blocks, and a DOM library outside the browser parses a selector anew on
 * each query (a 3,000-row table spent a fifth of its reading time there).
 */
function holdsBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName.toUpperCase()) || holdsBlock(child)) return true;
  }
  return false;
}

/** A definition list's term and value: in a row of their own (`isDefinitionRow`), the columns of its line. */
const DEFINITION_TAGS = new Set(['DT', 'DD']);

/** True for a term or value of a grouped definition list's row, without blocks inside, which continues its line. */
function isDefinitionField(element: Element): boolean {
  const row = element.parentElement;
  return row !== null && isDefinitionRow(row) && !holdsBlock(element);
}

/** True for a short data cell without blocks inside (blocks make it a layout cell), which continues its row's line. */
function isDataCell(element: Element): boolean {
  return (element.textContent ?? '').trim().length <= MAX_CELL_CHARS && !holdsBlock(element);
}

/** What to leave out and how to map text while walking. */
export interface BlockWalkOptions {
  /**
   * Return false to drop a line (boilerplate); `linkChars` is how much of it is link text, `block` the block element
   * whose end commits the line, when the line ends with one.
   */
  keep?: (line: string, linkChars: number, block?: Element) => boolean;
  /** Return true to leave an element (and its subtree) out. */
  skip?: (element: Element) => boolean;
  /** The live-page node a text node stands for (article text comes from a clone); identity by default. */
  source?: (node: Text) => Text | undefined;
}

/** True for elements a reader cannot see (a screen-reader label inside the headline too) or that hold no prose. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (isHeadlineHiddenLabel(element)) return true;
  // A "Featured" flag raised after a heading's words (Joomla K2's item title) is not the heading's text.
  if (isHeadlineFlag(element)) return true;
  // A translation kept behind a language toggle or in an inactive tab is not what the reader sees.
  if (isHiddenTranslation(element)) return true;
  // The second half of a story collapsed behind "Continue reading", or an accordion's answer, is still the story, and
  // a drop cap hidden from screen readers is still the first word's letter.
  return isHiddenByMarkup(element) && !isCollapsedStoryPart(element) && !isHiddenDropCap(element);
}

/**
 * A word's last lower-case letter or digit at the end of a text, and a capital at the start of the next. A capital at
 * the end is a drop cap or a word in capitals set over two spans ("B" "ANKS"); a digit at the start continues a date
 * widget ("Oct" "25" "2012", which the header reader takes whole) or a number split over two spans.
 */
const GLUED_END = /[\p{Ll}\p{N}]$/u;
const GLUED_START = /^\p{Lu}/u;

/** Marks set on the word before them: a service or trade mark ("Count<sup>SM</sup>"), an ordinal, an index. */
const MARK_TAGS = new Set(['SUP', 'SUB']);

/** True for an element that continues its parent's line as a field of its own (not a block, not a mark). */
const isInline = (node: Node | null): node is Element => {
  if (node === null || node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  return !BLOCK_TAGS.has(tag) && !MARK_TAGS.has(tag);
};

/**
 * True when `element` and the inline element right before it are separate fields the page's style lays out apart,
 * written with no space between: a date written twice ("11/28/2026" "November 28, 2026"), a name and a role ("Ann Lee"
 * "Health correspondent"), a team's score and the next team. The first ends a word, the second starts with a capital.
 */
function startsField(element: Element): boolean {
  const previous = element.previousSibling;
  if (previous === null || !isInline(element)) return false;
  const before = previous.textContent ?? '';
  const after = element.textContent ?? '';
  // A time stamp is its own field whatever it starts with, and after its label's bare text too: a commenter's handle,
  // then "10/29/20 4:40PM" (bare or in its permalink); a label the template glues to its stamp
  // ("Updated<time>14:21, 4 OCT 2021</time>", Reach).
  if (isTimeField(element)) {
    const label = previous.nodeType === 3 || isInline(previous);
    return label && GLUED_END.test(before) && opensStamp(after);
  }
  return isInline(previous) && GLUED_END.test(before) && GLUED_START.test(after);
}

/** A quantity's block holds at most this many elements (`<p><span>2</span></p>`); more make it a wrapper. */
const MAX_QUANTITY_ELEMENTS = 2;
/** A quantity alone: "2", "1 ½", "½", "1/2", "2-3", "1.5". */
const QUANTITY = /^(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+)?(?:\s*[¼½¾⅓⅔⅛])?|[¼½¾⅓⅔⅛])$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
/**
 * The label a section heading (`SECTION_HEADING_TAGS`) sets as a block of its own before its title: wikiHow's `<h2><div
 * class="method_label">Method 1 of 2:</div> <span>Repotting …</span></h2>`, which the page's style lays out on the
 * heading's one row ("Method 1 of 2: Repotting …"). A label ends on its colon; other blocks in a heading (a copy-link
 * tooltip) keep lines of their own. The page headline (`<h1>`) is read apart, off its own element.
 */
const LABEL_END = /:$/;

/** Blocks that are lines or cells of their own in any layout, never half of one. */
const OWN_LINE_TAGS = new Set(['LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'HR']);

/** True for a block without blocks inside that may share a line with a sibling. */
const isLeafBlock = (element: Element): boolean =>
  BLOCK_TAGS.has(element.tagName.toUpperCase()) &&
  !OWN_LINE_TAGS.has(element.tagName.toUpperCase()) &&
  !holdsBlock(element);

/**
 * True for a block holding only a quantity right before a block of words: a recipe card's amount and ingredient set
 * side by side as sibling blocks (`p.Amount` "2", `div.Description` "Tbsp. olive oil"), which a reader reads as one
 * line ("2 Tbsp. olive oil"), not a number alone over its words.
 */
function leadsNext(element: Element): boolean {
  const next = element.nextElementSibling;
  // Every block is asked, twice: the cheap tests first, and the subtree searches only for a quantity's block.
  if (!next || element.childElementCount > MAX_QUANTITY_ELEMENTS) return false;
  if (!QUANTITY.test((element.textContent ?? '').trim())) return false;
  if (!isLeafBlock(element) || !isLeafBlock(next) || isSkippedElement(next)) return false;
  if (element.nextSibling !== next && (element.nextSibling?.textContent ?? '').trim().length > 0) return false;
  return STARTS_WITH_LETTER.test((next.textContent ?? '').trim());
}

/**
 * Appends the visible text under `root` to `builder`, one line per block element (p, li, div, br, …), and returns
 * the spans of the lines it committed. The current line is ended before and after.
 */
export function appendBlocks(builder: TextBuilder, root: Node, options: BlockWalkOptions = {}): Span[] {
  const spans: Span[] = [];
  // Depth of <pre> elements around the walk: their line breaks end lines, and a code line without words ("}") is kept.
  let pre = 0;
  const keep = (line: string, linkChars: number, block?: Element): boolean =>
    (pre > 0 && !WORD_CHARACTER.test(line)) || (options.keep?.(line, linkChars, block) ?? true);
  const end = (block?: Element): void => {
    const span = builder.endLine((line, linkChars) => keep(line, linkChars, block));
    if (span) spans.push(span);
  };
  // Depth of links (`isLinkElement`) around the walk, for the link density of each line.
  let links = 0;
  // Depth of section headings around the walk: a label block inside one continues its line.
  let headings = 0;
  const append = (text: Text): void => {
    const source = options.source ? options.source(text) : text;
    if (pre === 0) {
      builder.appendText(text.data, source, links > 0);
      return;
    }
    let from = 0;
    PRE_BREAK.lastIndex = 0;
    for (let match = PRE_BREAK.exec(text.data); match; match = PRE_BREAK.exec(text.data)) {
      builder.appendText(text.data.slice(from, match.index), source, links > 0, from);
      end();
      from = match.index + match[0].length;
    }
    builder.appendText(text.data.slice(from), source, links > 0, from);
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      append(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const element = node.nodeType === 1 ? (node as Element) : undefined;
    // A ticker's report button goes with the dash that joins it to the ticker ("(AAPL) - Get Report").
    if (element && isReportChip(element)) {
      builder.trimLineEnd(REPORT_CHIP_DASH);
      return;
    }
    if (element && (isSkippedElement(element) || options.skip?.(element))) return;
    const tag = element?.tagName.toUpperCase();
    const cell =
      element !== undefined &&
      tag !== undefined &&
      ((CELL_TAGS.has(tag) && isDataCell(element)) || (DEFINITION_TAGS.has(tag) && isDefinitionField(element)));
    const inner =
      headings > 0 &&
      tag !== undefined &&
      BLOCK_TAGS.has(tag) &&
      tag !== 'BR' &&
      LABEL_END.test((element?.textContent ?? '').trim());
    // A row of a component library's list (`<ion-item>`s) is a line of its own, as its style lays it out.
    const block =
      !cell &&
      !inner &&
      (tag === undefined || BLOCK_TAGS.has(tag) || (element !== undefined && isCustomElementRow(element)));
    const link = element !== undefined && isLinkElement(element);
    const heading = tag !== undefined && SECTION_HEADING_TAGS.has(tag);
    // The words after a quantity block continue its line ("2" "Tbsp. olive oil").
    const previous = element?.previousElementSibling;
    const continues = block && element !== undefined && previous != null && leadsNext(previous);
    if (block && !continues) end();
    else if (element && startsField(element)) builder.appendText(' ');
    // Cells of a row are separated as the table shows them, by space.
    if (cell || inner) builder.appendText(' ');
    if (link) links++;
    if (heading) headings++;
    if (tag === 'PRE') pre++;
    // A time stamp's parts are separate fields the page's style lays out apart ("November 28, 2026", "2:31 AM UTC").
    const fields = tag === 'TIME';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      visit(child);
      if (fields && child.nodeType === 1) builder.appendText(' ');
    }
    if (link) links--;
    if (heading) headings--;
    if (cell || inner) builder.appendText(' ');
    if (block && element !== undefined && leadsNext(element)) builder.appendText(' ');
    else if (block) end(element);
    if (tag === 'PRE') pre--;
  };
  end();
  visit(root);
  end();
  return spans;
}
