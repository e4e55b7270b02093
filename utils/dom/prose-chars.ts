import { textBlocks } from './is-text-block';

/**
 * A story's paragraph is at least this long (characters): a shorter `<p>` or text block may be a caption, a label, a
 * date, a byline, a kicker, a promo's strapline or a button. Rules that tell the story's prose from furniture around
 * it share this one figure.
 */
export const MIN_PARAGRAPH_CHARS = 80;

/**
 * A block holding at least this many characters of prose paragraphs (about 80 words) holds a story's text: not a
 * caption, a byline row, a dek, or a page header's headline and sentence or two. Rules that tell a story's block from
 * furniture named or shaped like it share this one figure.
 */
export const MIN_STORY_PROSE_CHARS = 400;

/** The characters of `paragraph` when it is long enough to be prose (`MIN_PARAGRAPH_CHARS`), else 0. */
export function paragraphProseChars(paragraph: Element): number {
  const length = (paragraph.textContent ?? '').trim().length;
  return length >= MIN_PARAGRAPH_CHARS ? length : 0;
}

/**
 * Characters of prose paragraphs (text blocks of at least `MIN_PARAGRAPH_CHARS`: a `<p>`, or a `<div>` set as one) in
 * `block`: how much of a story a layout block holds, as the builders' widening rules weigh a row or a text box that
 * Readability left out.
 */
export function proseChars(block: Element): number {
  let chars = 0;
  for (const paragraph of textBlocks(block)) chars += paragraphProseChars(paragraph);
  return chars;
}
