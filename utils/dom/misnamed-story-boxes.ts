import { paragraphProseChars } from './prose-chars';

/**
 * A general guard for a story whose text boxes a page builder names with layout words that also name furniture:
 * `widget` (Elementor's `elementor-widget-text-editor`, SiteOrigin's `so-panel widget`), and whatever an unknown
 * builder writes. The furniture test reads those words as a sidebar's widgets and the walk leaves every box out, so
 * the story is lost though Readability found it. Named rules spare the builders they know (`withoutBuilderStoryNames`);
 * this one reads the shape: when the blocks left out as furniture hold more of the story's prose than the blocks
 * kept, and several of them share a name, those named boxes are the story's, misnamed. A single box (an author's
 * bio, a newsletter box) or a few short ones never outweigh a story; a rail of teasers does not either while the
 * story itself is kept.
 */

/** The boxes left out must hold at least this much prose: a story's paragraphs, not a bio. Characters. */
const MIN_BOXED_PROSE = 400;
/** At least this many boxes share the name: a builder sets a story in several text boxes of one kind. */
const MIN_BOXES = 2;
/** A more specific shared name is taken when its boxes hold at least this share of the most prose any name holds. */
const SPECIFIC_SHARE = 0.9;
/** A text box's own subheadings, named like it ("widget-title"), are the story's too. */
const HEADINGS = 'h2, h3, h4, h5, h6';

/**
 * A test for the outermost block between `root` and an element that `isFurniture` leaves out, if any (as the walk
 * meets it). Each block's answer is kept, so every block is tested once however many paragraphs it holds: the copy
 * Readability reads is a whole page.
 */
function outermostFurnitureTest(
  root: Element,
  isFurniture: (element: Element) => boolean,
): (element: Element) => Element | undefined {
  const known = new Map<Element, Element | undefined>();
  const outermost = (element: Element): Element | undefined => {
    if (element === root) return undefined;
    if (known.has(element)) return known.get(element);
    const parent = element.parentElement;
    const above = parent ? outermost(parent) : undefined;
    const found = above ?? (isFurniture(element) ? element : undefined);
    known.set(element, found);
    return found;
  };
  return outermost;
}

/**
 * The blocks of `root` (and the wrappers inside them down to their paragraphs) that hold the story though
 * `isFurniture` names them furniture (see the note at the top); `namesOf` gives a block's names (its class tokens).
 */
export function misnamedStoryBoxes(
  root: Element,
  isFurniture: (element: Element) => boolean,
  namesOf: (element: Element) => readonly string[],
): Set<Element> {
  const spared = new Set<Element>();
  let keptProse = 0;
  // Where the last kept paragraph and each box's first paragraph sit in page order (see `trailsStory`).
  let lastKept = -1;
  const firstOf = new Map<Element, number>();
  const boxes = new Map<Element, { prose: number; paragraphs: Element[] }>();
  const outermostFurniture = outermostFurnitureTest(root, isFurniture);
  let index = 0;
  for (const paragraph of root.querySelectorAll('p')) {
    const chars = paragraphProseChars(paragraph);
    if (chars === 0) continue;
    index++;
    const box = outermostFurniture(paragraph);
    if (!box) {
      keptProse += chars;
      lastKept = index;
      continue;
    }
    if (!firstOf.has(box)) firstOf.set(box, index);
    const entry = boxes.get(box) ?? { prose: 0, paragraphs: [] };
    entry.prose += chars;
    entry.paragraphs.push(paragraph);
    boxes.set(box, entry);
  }
  // The name shared by the boxes holding the most prose.
  const byName = new Map<string, { prose: number; boxes: Element[] }>();
  for (const [box, { prose }] of boxes)
    for (const name of new Set(namesOf(box))) {
      const entry = byName.get(name) ?? { prose: 0, boxes: [] };
      entry.prose += prose;
      entry.boxes.push(box);
      byName.set(name, entry);
    }
  // The most specific name that still holds most of that prose: a builder's text-box kind (`…-text-editor`), not its
  // name for every element (`…-widget`), which an author box and a footer's text box carry too.
  const shared = [...byName.values()].filter((entry) => entry.boxes.length >= MIN_BOXES);
  const most = Math.max(0, ...shared.map((entry) => entry.prose));
  let best: { prose: number; boxes: Element[] } | undefined;
  for (const entry of shared)
    if (
      entry.prose >= most * SPECIFIC_SHARE &&
      (!best ||
        entry.boxes.length < best.boxes.length ||
        (entry.boxes.length === best.boxes.length && entry.prose > best.prose))
    )
      best = entry;
  if (!best || best.prose < MIN_BOXED_PROSE || best.prose <= keptProse) return spared;
  // Boxes that all come after the kept prose trail a story already read (a short story's footer notes, a discussion
  // no finder knew, a teaser rail): a builder's story boxes hold the story itself, with at most a line of prose kept
  // around them, not a whole story before them.
  const trailsStory = lastKept >= 0 && best.boxes.every((box) => (firstOf.get(box) ?? 0) > lastKept);
  if (trailsStory) return spared;
  for (const box of best.boxes) {
    spared.add(box);
    for (const heading of box.querySelectorAll(HEADINGS)) if (heading.querySelector('a') === null) spared.add(heading);
    // The box's own wrappers down to its paragraphs; a caption or a button inside it keeps its verdict.
    for (const paragraph of boxes.get(box)?.paragraphs ?? [])
      for (let at: Element | null = paragraph; at && at !== box; at = at.parentElement) spared.add(at);
  }
  return spared;
}
