import { HEADINGS_SELECTOR } from './heading-tags';
import { linkShare } from './link-text';
import { loneKeptOriginal } from './lone-kept-original';
import { MIN_PARAGRAPH_CHARS, paragraphProseChars } from './prose-chars';
import { readRegionInstead, type CloneReading } from './read-clone';
import { BOLD_TAGS, wholeTextIn } from './whole-text-in';

/**
 * A story whose opening paragraphs sit in a box of their own right before the box holding the rest: a paywalled
 * template's free preview over the subscribers' part (TownNews BLOX's `div.subscriber-preview` over
 * `div.subscriber-only`, the pattern of many metered papers), an intro box over the text. Readability scores each box
 * apart and keeps the one with more paragraphs; its sibling test takes a box of the kept one's class, or a box scoring
 * a fifth of it, and the opening's two or three paragraphs score less than a fifth of a long story (a weekly results
 * summary's commas each score as Readability counts them). With names the rules know the article block is found whole;
 * with class names hashed, or names no rule knows, the story's first paragraphs are lost. When the boxes before the
 * kept one, after the headline, are nothing but story paragraphs (and empty ad slots), their shared block is read
 * instead.
 */

/** The boxes before the kept one must hold at least this much prose: a lede, not a one-line label. Characters. */
const MIN_OPENING_PROSE = 2 * MIN_PARAGRAPH_CHARS;
/** An ad slot or spacer between the boxes holds at most this many characters ("Advertisement"). */
const MAX_SLOT_CHARS = 40;
/** At most this many boxes of paragraphs before the kept one: a preview and an intro, not a column of teasers. */
const MAX_OPENING_BOXES = 3;
/**
 * The kept box and the opening boxes must hold at least this share of their shared block's text: the rest is an ad
 * label or a paywall notice. A block holding more (a page's column with its rails) is the page's, not the story's.
 */
const MIN_BOX_SHARE = 0.8;

/** A paragraph mostly of link text is a teaser or a "Read more" line, not the story's lede. */
const MAX_LINK_SHARE = 0.5;

const charsOf = (element: Element): number => (element.textContent ?? '').trim().length;

/**
 * A short paragraph set wholly in bold with no link: a roundup's own subheads over its items (a sports desk's "BOYS
 * BASKETBALL" and "Ridgeview 68, Mill Creek 61" lines, `<p><strong>…</strong></p>` in TownNews BLOX's preview box).
 */
function isBoldSubhead(paragraph: Element): boolean {
  const bold = wholeTextIn(paragraph, BOLD_TAGS);
  return bold !== undefined && bold.querySelector('a') === null;
}

/**
 * True for a box of story paragraphs: element children only, every one a `<p>` long enough to be prose or a bold
 * subhead over one (the box ends on prose), and no text of its own between them. A box with a heading, a list, a
 * picture or a link list is something else (a summary box, a teaser card), and another short `<p>` is a label or a
 * byline.
 */
function isParagraphBox(element: Element): boolean {
  if (element.tagName.toUpperCase() === 'P' || element.children.length === 0) return false;
  let childChars = 0;
  let endsOnProse = false;
  for (const child of element.children) {
    if (child.tagName.toUpperCase() !== 'P' || linkShare(child) > MAX_LINK_SHARE) return false;
    endsOnProse = paragraphProseChars(child) > 0;
    if (!endsOnProse && !isBoldSubhead(child)) return false;
    childChars += charsOf(child);
  }
  return endsOnProse && childChars >= charsOf(element) - MAX_SLOT_CHARS;
}

/** An ad slot or spacer: no paragraph of its own and at most a label's text. */
const isSlot = (element: Element): boolean =>
  charsOf(element) <= MAX_SLOT_CHARS && element.querySelector(`p, li, ${HEADINGS_SELECTOR}`) === null;

/** True when `headline` comes before `element` in the page (and is not inside it). */
function comesBefore(headline: Element, element: Element): boolean {
  const ancestors = new Set<Element>();
  for (let at: Element | null = headline; at; at = at.parentElement) ancestors.add(at);
  let child: Element = element;
  for (let at = element.parentElement; at; child = at, at = at.parentElement) {
    if (!ancestors.has(at)) continue;
    if (at === headline) return false;
    // `at` holds both: the headline's branch must come before the element's among its children.
    for (let sibling = child.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
      if (ancestors.has(sibling)) return true;
    return false;
  }
  return false;
}

/**
 * The boxes of story paragraphs right before `kept` among its siblings, ad slots between them passed over, nearest
 * last; undefined when a sibling before them is neither, or there are too many.
 */
function openingBoxes(kept: Element): Element[] {
  const boxes: Element[] = [];
  for (let sibling = kept.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (isParagraphBox(sibling)) boxes.unshift(sibling);
    else if (!isSlot(sibling)) break;
  }
  return boxes.length <= MAX_OPENING_BOXES ? boxes : [];
}

/**
 * When Readability kept one box whose siblings right before it, after the headline, are boxes of story paragraphs
 * (see the note at the top), reads their parent whole; the walk then leaves out its furniture as in any article.
 */
export function widenOverOpeningBox(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  const kept = loneKeptOriginal(reading);
  const parent = kept?.parentElement;
  if (!kept || !parent || !headline) return reading;
  const boxes = openingBoxes(kept);
  const first = boxes[0];
  if (!first || !comesBefore(headline, first)) return reading;
  const opening = boxes.reduce((sum, box) => sum + charsOf(box), 0);
  if (opening < MIN_OPENING_PROSE) return reading;
  if (opening + charsOf(kept) < charsOf(parent) * MIN_BOX_SHARE) return reading;
  return readRegionInstead(doc, parent, reading, comments, headline);
}
