/** A paragraph this long is prose, not a caption, a label or a button. Characters. */
const MIN_PARAGRAPH_CHARS = 80;

/**
 * Characters of prose paragraphs (`<p>` of at least `MIN_PARAGRAPH_CHARS`) in `block`: how much of a story a layout
 * block holds, as the builders' widening rules weigh a row or a text box that Readability left out.
 */
export function proseChars(block: Element): number {
  let chars = 0;
  for (const paragraph of block.querySelectorAll('p')) {
    const length = (paragraph.textContent ?? '').trim().length;
    if (length >= MIN_PARAGRAPH_CHARS) chars += length;
  }
  return chars;
}
