import { isTextBlock, textBlocks } from './is-text-block';
import { ownRuns } from './own-runs';

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

/** Blocks a story set with `<br>` holds its runs in beside its headings and boxes. */
const RUN_HOLDERS = 'div, td, section, article, main, blockquote';

/** The characters of `paragraph` when it is long enough to be prose (`MIN_PARAGRAPH_CHARS`), else 0. */
export function paragraphProseChars(paragraph: Element): number {
  const length = (paragraph.textContent ?? '').trim().length;
  return length >= MIN_PARAGRAPH_CHARS ? length : 0;
}

/**
 * Characters of the prose runs set straight in `element` among its blocks (see `ownRuns`), in a container that also
 * holds headings, lists or boxes, as stories set with `<br>` print their paragraphs (a `div.post-text` whose runs sit
 * between an `<h2>` and a `<ul>`). Each run long enough to be prose (`MIN_PARAGRAPH_CHARS`) counts, only where a
 * `<br>` sets runs apart: a sentence beside a form is a sign-up box.
 */
function runChars(element: Element): number {
  const { runs, broken } = ownRuns(element);
  if (!broken) return 0;
  let chars = 0;
  for (const run of runs) if (run.length >= MIN_PARAGRAPH_CHARS) chars += run.length;
  return chars;
}

/**
 * Characters of prose paragraphs (text blocks of at least `MIN_PARAGRAPH_CHARS`: a `<p>`, or a `<div>` set as one) in
 * `block`, and of prose runs set with `<br>` among its blocks (see `runChars`), or in it when the block is one text
 * block itself (a hosted builder's text box of runs): how much of a story a layout block holds, as the builders'
 * widening rules weigh a row or a text box that Readability left out.
 */
export function proseChars(block: Element): number {
  // A block that is one text block itself (a builder's text box of `<br>` runs, no `<p>` in it) holds its own runs.
  if (block.tagName.toUpperCase() === 'DIV' && isTextBlock(block)) return runChars(block);
  let chars = 0;
  for (const paragraph of textBlocks(block)) chars += paragraphProseChars(paragraph);
  for (const element of [block, ...block.querySelectorAll(RUN_HOLDERS)])
    if (!isTextBlock(element)) chars += runChars(element);
  return chars;
}
