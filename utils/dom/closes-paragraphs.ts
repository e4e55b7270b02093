/**
 * At least this many paragraphs before a closing line among its siblings: a tagline or a sponsor's closing line
 * closes the piece; at the top it is an editor's note.
 */
const MIN_PARAGRAPHS_BEFORE = 3;

/** True when at least `MIN_PARAGRAPHS_BEFORE` paragraphs come before an element among its siblings. */
export function closesParagraphs(element: Element): boolean {
  let count = 0;
  for (let at = element.previousElementSibling; at && count < MIN_PARAGRAPHS_BEFORE; at = at.previousElementSibling) {
    if (at.tagName.toUpperCase() === 'P') count++;
  }
  return count >= MIN_PARAGRAPHS_BEFORE;
}
