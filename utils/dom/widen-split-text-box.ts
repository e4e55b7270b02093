import { loneKeptOriginal } from './lone-kept-original';
import { proseChars } from './prose-chars';
import { cloneRegion, type CloneReading } from './read-clone';

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
 * Classes a text box's shape must carry: a builder names its text box with several (`tyJCtd mGzaTb Depvyb baZpAe`); a
 * single class is a layout's generic name (`container`, `content`) that unrelated blocks of a page share.
 */
const MIN_SHAPE_CLASSES = 2;
const SPACES = /\s+/g;

const charsOf = (element: Element): number => (element.textContent ?? '').trim().length;

/** The other blocks of the page with the same tag and class list as `box` that hold prose. */
function sameShapeWithProse(doc: Document, box: Element, shape: string): Element[] {
  const tag = box.tagName;
  return [...doc.getElementsByTagName(tag)].filter(
    (other) =>
      other !== box &&
      (other.getAttribute('class') ?? '').trim() === shape &&
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
  const box = loneKeptOriginal(reading);
  if (!box) return reading;
  const shape = (box.getAttribute('class') ?? '').trim();
  if (shape.split(SPACES).filter(Boolean).length < MIN_SHAPE_CLASSES) return reading;
  const others = sameShapeWithProse(doc, box, shape);
  if (others.length === 0) return reading;
  let column: Element | null = box.parentElement;
  for (let level = 1; column && level <= MAX_LEVELS; level++, column = column.parentElement) {
    const near = others.filter((other) => column?.contains(other) === true);
    if (near.length === 0) continue;
    if (near.reduce((sum, other) => sum + proseChars(other), 0) < MIN_OTHER_PROSE) return reading;
    const boxChars = near.reduce((sum, other) => sum + charsOf(other), charsOf(box));
    if (boxChars < charsOf(column) * MIN_BOX_SHARE) return reading;
    const widened = cloneRegion(doc, column, comments, headline);
    return widened.content ? widened : reading;
  }
  return reading;
}
