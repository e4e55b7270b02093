import { lineWithin } from './text-within';

/** Boxes that open on their own label. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A label's element holds at most this many elements (`<p><strong>Label</strong></p>`); more is a wrapper. */
const MAX_LABEL_ELEMENTS = 2;
/** A label is a short line: at most this many characters (spaces not counted), unless the caller says. */
const MAX_LABEL_CHARS = 60;
/** A logo that may stand before the label (a licence box with the site's mark): an image with no text. */
const LOGO_TAGS = new Set(['IMG', 'PICTURE', 'SVG']);

/**
 * The label a box opens on, when it does: the text of its first child (past a logo) as a short line with more of the
 * box after it, as method, citation and contact notes print theirs (`<h3>Cite this work</h3>…`). Every box on the
 * page is asked, so the first child's text is read only within a label's length.
 */
export function boxLabel(element: Element, maxLabelChars = MAX_LABEL_CHARS): string | undefined {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return undefined;
  let first = element.firstElementChild;
  if (first && LOGO_TAGS.has(first.tagName.toUpperCase())) first = first.nextElementSibling;
  if (!first || first.nextElementSibling === null || first.childElementCount > MAX_LABEL_ELEMENTS) return undefined;
  return lineWithin(first, maxLabelChars);
}
