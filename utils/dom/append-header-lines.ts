import type { Span } from '../model';
import { isSkippedElement } from './append-blocks';
import { isDekText, isProseDek } from './dek-text';
import { isBoilerplateLine } from './is-boilerplate-line';
import { isAbstractList } from './is-abstract-list';
import { isBulletDek } from './is-bullet-dek';
import { isBylineBio } from './is-byline-bio';
import { isStoryOpening } from './is-story-opening';
import { isDek } from './is-dek';
import { isDekBoxLabel } from './is-dek-box-label';
import { inLink, isElsewhereLine } from './is-elsewhere-line';
import { nextNode } from './next-node';
import { inOtherTimes } from './time-field-of';
import { inHiddenLabel, isUnseenHeaderText } from './is-unseen-header-text';
import { readsAsByline } from './reads-as-byline';
import type { TextBuilder } from './text-builder';
import { isPhrasing } from './phrasing-tags';
import { opensStamp } from './opens-stamp';

/**
 * The text between the headline and the body, when it is this short (characters), is the article's header: byline,
 * date, standfirst. Longer, it is something else (a nav bar, a teaser list) and is left out whole.
 */
const MAX_HEADER_CHARS = 300;
/** More lines than this between headline and body are not a header (a topic list, a nav bar): left out whole. */
const MAX_HEADER_LINES = 4;
const SPACES = /\s+/g;
/**
 * A field's label alone on its line, as a definition list sets the header ("Date:", "Source:", "Summary:"): the value
 * is on the next line. Not "By:", whose name the byline reader joins to it, nor the credit words' other labels
 * ("Submitted by:", Drupal's inline field over the group that sent a community item in).
 */
const FIELD_LABEL = /^(?!(?:posted |written |submitted |published )?by:)\p{L}[\p{L} ]{0,20}:$/iu;
/** One capitalised word: a section or place tag ("Europe"); never a byline (two names) or a sentence. */
const TAG_WORD = /^\p{Lu}[\p{L}'’-]{1,24}$/u;
/** Nodes looked at before giving up on reaching the body: keeps the walk linear on pages with huge headers. */
const MAX_STEPS = 400;
/**
 * The lead image between headline and body: its caption and credit are no header lines. Nor is a block named as
 * furniture (a share row, a lead video with its title, length and caption): the walk steps over it, so it neither
 * writes lines nor makes the stretch too long to be a header, unless it reads as a byline or date line. A named dek
 * is no furniture: it is written, and returned as the standfirst.
 */
const FIGURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE']);

/** The element that gives a text node its own line (the nearest ancestor that is not inline). */
function lineOwner(text: Text): Node | null {
  let owner = text.parentNode;
  while (owner && owner.nodeType === 1 && isPhrasing(owner as Element)) owner = owner.parentNode;
  return owner;
}

const isTimeElement = (node: ParentNode): node is Element =>
  node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'TIME';

/** Text that continues the word before it: punctuation never starts a new field. */
const CONTINUES = /^[,.;:!?)\]’”]/u;
const ENDS_SPACED = /\s$/u;

/**
 * True when two text nodes of one line sit in sibling inline elements with no space between them: separate fields
 * laid out apart by the page's style (`<time><span>November 28, 2026</span><span>2:31 AM UTC</span></time>`).
 */
function splitByMarkup(previous: Text, text: Text): boolean {
  const before = previous.parentNode;
  const after = text.parentNode;
  if (!before || !after || before === after) return false;
  // A label's bare text glued to the stamp after it ("Updated<time>14:21, 4 OCT 2021</time>", Reach): two fields.
  if (isTimeElement(after) && previous.nextSibling === after) {
    return !ENDS_SPACED.test(previous.data) && opensStamp(text.data);
  }
  // A screen reader's label ("Posted by") is a field of its own, wherever the name after it sits.
  if ((inHiddenLabel(previous) || inHiddenLabel(text)) && !ENDS_SPACED.test(previous.data)) return true;
  // Two dates of one stamp, one of them in the permalink, are fields too (see `inOtherTimes`).
  if (before.parentNode !== after.parentNode && !inOtherTimes(previous, text, lineOwner(text))) return false;
  return !ENDS_SPACED.test(previous.data) && !CONTINUES.test(text.data);
}

/** True when a text node sits in a block that passes `test`, below the element that holds the headline. */
function inBlockUnder(text: Text, headline: Element, test: (element: Element) => boolean): boolean {
  for (let element = text.parentElement; element && !element.contains(headline); element = element.parentElement) {
    if (test(element)) return true;
  }
  return false;
}

/** What the header walk wrote. */
export interface HeaderLines {
  /** Spans of the lines written. */
  lines: Span[];
  /**
   * The text of the dek, when there is one: a block named as the standfirst right under the headline, else the first
   * header line that reads as a summary in prose.
   */
  standfirst?: string;
}

/** A block named as the dek in the header's words. */
const isHeaderDek = (element: Element): boolean => isDek(element, true);

/**
 * Writes the page's own header lines (byline, date, standfirst) that sit between the headline and the article body,
 * one per block. Readability leaves them out (it takes bylines out of the body), but a reader sees them under the
 * headline and the parser reads byline and date from the lines after it. `inBody` says whether a live-page text
 * node is part of the body; `skip` leaves out elements (comments); the lead image (figure and caption) is not read;
 * a line inside a `furniture` block is read but not written; `header` is the page's header block, if known. Writes
 * nothing when the body is not reached soon after the headline, and only the dek when the stretch is too long for a
 * header. A line in an `unwritten` block (a row of share buttons) is not written either, but is walked and counted like
 * any other, so that it still tells a long stretch from a header. Returns the lines written and the text of the dek
 * (the block the page names so, else the first prose line under the headline), for the parser to keep as the
 * standfirst.
 */
export function appendHeaderLines(
  builder: TextBuilder,
  headline: Element,
  inBody: (node: Text) => boolean,
  skip: (element: Element) => boolean,
  furniture: (element: Element) => boolean = () => false,
  header?: Element,
  unwritten: (element: Element) => boolean = () => false,
): HeaderLines {
  const texts: Text[] = [];
  // Where a `<br>` breaks a block's text: an older template sets dek, byline and date as spans in one cell, a line
  // each.
  const breaks = new Set<number>();
  let chars = 0;
  let reached = false;
  let lastWords = '';
  let node = nextNode(headline, false);
  for (let steps = 0; node && steps < MAX_STEPS; steps++) {
    if (node.nodeType === 3) {
      const text = node as Text;
      if (inBody(text)) {
        reached = true;
        break;
      }
      // The author block's bio beside the name ("Ann Lee" "Ann Lee is a reporter at …") is not a header line.
      if (!isBylineBio(lastWords, text.data)) {
        chars += text.data.trim().length;
        texts.push(text);
        if (text.data.trim().length > 0) lastWords = text.data;
      }
      node = nextNode(node, false);
      continue;
    }
    const element = node.nodeType === 1 ? (node as Element) : undefined;
    if (element?.tagName.toUpperCase() === 'BR') breaks.add(texts.length);
    const enter =
      element !== undefined &&
      !isSkippedElement(element) &&
      !isUnseenHeaderText(element) &&
      !skip(element) &&
      !FIGURE_TAGS.has(element.tagName.toUpperCase()) &&
      !(furniture(element) && !readsAsByline(element.textContent ?? ''));
    // A block left out still stands apart on the page: the words around it are two lines, not one ("by Ann Lee on
    // October 5, 2017" over a skipped tag list over "122 Comments").
    if (element !== undefined && !enter && !isPhrasing(element)) breaks.add(texts.length);
    node = nextNode(node, enter);
  }
  if (!reached) return { lines: [] };
  const lines: Text[][] = [];
  let owner: Node | null | undefined;
  for (const [index, text] of texts.entries()) {
    const own = lineOwner(text);
    if (own !== owner || lines.length === 0 || breaks.has(index)) lines.push([]);
    owner = own;
    lines[lines.length - 1]?.push(text);
  }
  const words = (line: Text[]): string =>
    line
      .map((text) => text.data)
      .join(' ')
      .replace(SPACES, ' ')
      .trim();
  const kept = lines.filter((line) => {
    const text = words(line);
    return text.length > 0 && !isBoilerplateLine(text) && !FIELD_LABEL.test(text);
  });
  // Too long for a header (a donation box, a teaser list under the byline): only a block named as the dek is written,
  // the standfirst a reader sees under the headline ("h2.standfirst" over a share bar and a support banner).
  // It must sit right under the headline, among the lines a header has: one further down (a teaser's excerpt in a
  // menu the walk went through) is not this article's.
  // The story's first paragraph set apart above its body (a drop cap in a magazine's hero, a German lead in the header
  // block) is the story's line: written, never the dek, and not counted against the header's length.
  const openings = new Set(kept.filter(isStoryOpening));
  const openingChars = [...openings].reduce((sum, line) => sum + words(line).length, 0);
  const long = chars - openingChars > MAX_HEADER_CHARS || kept.length - openings.size > MAX_HEADER_LINES;
  // A list of summary bullets right after the headline is the dek too, named or not (hashed class names); so is one
  // further down the header, under the byline and share row (a conservation site's "bulletpoints" box): the header
  // holds no other list of two to four unlinked sentences.
  const isNamedDek = (element: Element): boolean =>
    isHeaderDek(element) || isAbstractList(element, headline) || isBulletDek(element);
  const isDekLine = (line: Text[]): boolean =>
    !openings.has(line) && line.every((text) => inBlockUnder(text, headline, isNamedDek));
  // Inside the page's header block (`header`) it may stand anywhere: under a review's score box and info list.
  const dekAt = kept.findIndex(isDekLine);
  const inHeader = dekAt >= 0 && kept[dekAt]?.every((text) => header?.contains(text)) === true;
  let dekEnd = dekAt;
  while (dekAt >= 0 && (dekAt < MAX_HEADER_LINES || inHeader) && dekEnd < kept.length && isDekLine(kept[dekEnd] ?? []))
    dekEnd++;
  const inDek = (index: number): boolean => index >= dekAt && index < dekEnd;
  // A furniture block that reads as a byline or date line was read above ("Posted on October 12, 2012 • 23 Comments"
  // in a block named "entry-meta"); its lines that do not are not written.
  // In the page's header block, a lone capitalised word under the byline or date line is a section or place tag
  // ("Europe", "Nairobi"), no line of the story: its first subheading ("The News") sits in the body, not the header.
  const bylineAt = header ? kept.findIndex((line) => readsAsByline(words(line))) : -1;
  const isTagUnderByline = (line: Text[]): boolean =>
    bylineAt >= 0 &&
    kept.indexOf(line) > bylineAt &&
    TAG_WORD.test(words(line)) &&
    line.every((text) => header?.contains(text) === true);
  // The label a dek box prints over the dek ("Synopsis") is no header line.
  const dekLabel = dekAt > 0 && isDekBoxLabel(kept[dekAt - 1] ?? [], kept[dekAt] ?? []) ? kept[dekAt - 1] : undefined;
  // A linked sentence there is a banner pointing elsewhere (a tracker, a live page), not a line of the header.
  const hidden = (line: Text[]): boolean =>
    line === dekLabel ||
    (line.every(inLink) && isProseDek(words(line))) ||
    isTagUnderByline(line) ||
    line.some((text) => inBlockUnder(text, headline, unwritten)) ||
    (line.some((text) => inBlockUnder(text, headline, furniture)) && !readsAsByline(words(line)));
  // Without a block named so, the first line under the headline that reads as prose is the dek: the header holds
  // bylines, dates, labels and share rows, and a sentence there is the summary the page prints. In a stretch too long
  // for a header (share buttons in a language we do not read, a support banner), only a short line right under the
  // headline, which is then written alone: further down, a sentence may be a teaser's excerpt in a menu the walk went
  // through, and a long block there is no dek. A linked banner or a video's description is no dek (`isElsewhereLine`).
  const prose = long
    ? kept.slice(0, 1).find((line) => words(line).length <= MAX_HEADER_CHARS && isProseDek(words(line)))
    : kept.find((line) => !hidden(line) && !openings.has(line) && !isElsewhereLine(line) && isProseDek(words(line)));
  const spans: Span[] = [];
  for (const [index, line] of kept.entries()) {
    if (!openings.has(line) && (long ? !inDek(index) && !(dekAt < 0 && line === prose) : hidden(line))) continue;
    let previous: Text | undefined;
    for (const text of line) {
      if (previous && splitByMarkup(previous, text)) builder.appendText(' ');
      builder.appendText(text.data, text);
      previous = text;
    }
    const span = builder.endLine();
    if (span) spans.push(span);
  }
  const named =
    dekAt >= 0
      ? kept
          .slice(dekAt, dekEnd)
          .map(words)
          .filter((text) => isDekText(text))
          .join(' ')
      : '';
  const dek = named || (prose ? words(prose) : '');
  return dek ? { lines: spans, standfirst: dek } : { lines: spans };
}
