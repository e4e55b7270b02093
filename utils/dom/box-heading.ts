import { lineWithin, textWithin } from './text-within';

/** How a box under its own heading is built: the box's tags, its heading's tags, and the heading's length. */
export interface BoxHeadingShape {
  boxTags: ReadonlySet<string>;
  headingTags: ReadonlySet<string>;
  /** A heading is a few words: a first child with more text (characters) is the box's content. */
  maxHeadingChars: number;
}

/**
 * The text of the heading a box opens on (its first child, with more after it), read as one line; undefined when the
 * element is no box of the shape, opens on no heading, or holds nothing under it.
 */
export function boxHeadingText(element: Element, shape: BoxHeadingShape): string | undefined {
  if (!shape.boxTags.has(element.tagName.toUpperCase())) return undefined;
  const heading = element.firstElementChild;
  if (!heading || heading === element.lastElementChild || !shape.headingTags.has(heading.tagName.toUpperCase())) {
    return undefined;
  }
  return lineWithin(heading, shape.maxHeadingChars);
}

/**
 * True for a box of `shape` opening on a heading that `heading` matches whole and holding at most `maxChars` characters
 * in all: a boxed note under its own heading (a disclosure, a stock-picking pitch) is a heading and a few paragraphs;
 * a box with more text is a section of the story.
 */
export function isShortHeadedBox(element: Element, shape: BoxHeadingShape, heading: RegExp, maxChars: number): boolean {
  const label = boxHeadingText(element, shape);
  if (label === undefined || !heading.test(label)) return false;
  return textWithin(element, maxChars) !== undefined;
}
