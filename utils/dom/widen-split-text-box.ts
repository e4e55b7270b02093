import { loneKeptOriginal } from './lone-kept-original';
import { loneWrapper } from './lone-wrapper';
import { proseChars } from './prose-chars';
import { readRegionInstead, type CloneReading } from './read-clone';

/**
 * Hosted site builders set every text box of a page as a block of one shape, the same tag and classes, each inside
 * its own tile of the layout grid (Google Sites' `div.tyJCtd.mGzaTb.Depvyb.baZpAe`, whatever the page). A story typed
 * over several boxes, split by a picture's tile, is several such blocks in one column, and Readability keeps the
 * longest and drops the others: most often the story's opening paragraphs.
 */

/** Tile wrappers between a text box and the column that holds all the story's boxes. */
const MAX_LEVELS = 6;
/** The other boxes must hold at least this much prose (`proseChars`) for the column to be read whole. Characters. */
const MIN_OTHER_PROSE = 250;
/**
 * The boxes must hold at least this share of the column's text: the rest is a byline, a caption or a button. A column
 * holding more (a rail of story teasers, comments, a portal's modules) is the page's, not the story's.
 */
const MIN_BOX_SHARE = 0.7;
/**
 * Classes a text box's shape must carry to widen both ways: a builder names its text box with several (`tyJCtd mGzaTb
 * Depvyb baZpAe`); a single class may be a layout's generic name (`sqs-block-content`, `content`) that unrelated blocks
 * of a page share, a guest's bio or the next story after the one kept. A single class (as a CSS-in-JS build compiles
 * every box's names into one, or Divi's `et_pb_text_inner`) widens only over shorter boxes BEFORE the kept one: the
 * story's opening lost above a picture's tile, the case this rule is for (`keptOpeningLost`).
 */
const MIN_SHAPE_CLASSES = 2;
/**
 * Unnamed wrappers a kept box may sit in, alone, under the builder's named tile: Umbraco's grid sets each text box as
 * `div.col-md-8.column > div > p`, and Readability keeps the tile or the bare `<div>` in it depending on how the box's
 * paragraphs are set (`<p>`s, or text it re-sets as paragraphs itself).
 */
const MAX_UNNAMED_WRAPPERS = 2;

/**
 * True when `box` is the longest of its boxes (Readability keeps the longest) and every other box comes before it:
 * the story's opening lost above the kept box. A shorter box kept after the story (a guest's bio) is no such case.
 */
function keptOpeningLost(box: Element, others: readonly Element[], before: ReadonlySet<Element>): boolean {
  const kept = proseChars(box);
  return others.every((other) => before.has(other) && proseChars(other) < kept);
}

/**
 * The elements of `box`'s tag before it in the page, in one pass over them (linkedom's `compareDocumentPosition`
 * answers "preceding" for some elements that follow).
 */
function sameTagBefore(doc: Document, box: Element): Set<Element> {
  const before = new Set<Element>();
  for (const element of doc.getElementsByTagName(box.tagName)) {
    if (element === box) break;
    before.add(element);
  }
  return before;
}
const SPACES = /\s+/g;

const charsOf = (element: Element): number => (element.textContent ?? '').trim().length;

const classOf = (element: Element): string => (element.getAttribute('class') ?? '').trim();

/** The kept box, or the named tile it is the unnamed only content of (see `MAX_UNNAMED_WRAPPERS`). */
function namedBox(kept: Element): Element {
  let box = kept;
  for (let level = 0; level < MAX_UNNAMED_WRAPPERS && classOf(box) === ''; level++) {
    const wrapper = loneWrapper(box);
    if (!wrapper) break;
    box = wrapper;
  }
  return box;
}

/** The other blocks of the page with the same tag and class list as `box` that hold prose. */
function sameShapeWithProse(doc: Document, box: Element, shape: string): Element[] {
  const tag = box.tagName;
  return [...doc.getElementsByTagName(tag)].filter(
    (other) =>
      other !== box &&
      classOf(other) === shape &&
      !other.contains(box) &&
      !box.contains(other) &&
      proseChars(other) > 0,
  );
}

/**
 * When Readability kept one text box whose column holds other boxes of the same shape with prose (see the note at
 * the top), reads that column whole; the walk then leaves out its furniture (captions, buttons) as in any article.
 */
export function widenSplitTextBox(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  const kept = loneKeptOriginal(reading);
  if (!kept) return reading;
  const box = namedBox(kept);
  const shape = classOf(box);
  const shapeClasses = shape.split(SPACES).filter(Boolean).length;
  if (shapeClasses === 0) return reading;
  const others = sameShapeWithProse(doc, box, shape);
  if (others.length === 0) return reading;
  const before = shapeClasses < MIN_SHAPE_CLASSES ? sameTagBefore(doc, box) : undefined;
  let column: Element | null = box.parentElement;
  for (let level = 1; column && level <= MAX_LEVELS; level++, column = column.parentElement) {
    const near = others.filter((other) => column?.contains(other) === true);
    if (near.length === 0) continue;
    if (before && !keptOpeningLost(box, near, before)) return reading;
    if (near.reduce((sum, other) => sum + proseChars(other), 0) < MIN_OTHER_PROSE) return reading;
    const boxChars = near.reduce((sum, other) => sum + charsOf(other), charsOf(box));
    if (boxChars < charsOf(column) * MIN_BOX_SHARE) return reading;
    return readRegionInstead(doc, column, reading, comments, headline);
  }
  return reading;
}
