import { lineWithin } from './text-within';

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
