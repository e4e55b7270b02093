import { isTextBlock } from './is-text-block';
import { ownRuns } from './own-runs';
import { textOf } from './text-of';

/** Blocks a story's paragraphs are set in: text blocks, and the containers a story set with `<br>` holds its runs in. */
const PARAGRAPH_HOLDERS = 'p, div, td, section, article, main, blockquote';

/** One paragraph as a reader sees it, with the block it is set in. */
export interface ProseParagraph {
  block: Element;
  /** Its words, white space collapsed. */
  text: string;
}

/**
 * The paragraphs under `root` (itself included) as a reader sees them, however the template sets them: a text block (a
 * `<p>`, or a `<div>` set as one, see `isTextBlock`) is one, or one per run where `<br>`s set its text apart; so is each
 * run set with `<br>` straight in a container among its headings and boxes (see `ownRuns`), as old CMSs and blog
 * editors print a story. Rules that count a block's paragraphs read the same story in `<p>`s and in line breaks.
 * Lazy, so a caller that stops at a figure reads no further.
 */
export function* proseParagraphs(root: Element): Generator<ProseParagraph> {
  for (const block of [root, ...root.querySelectorAll(PARAGRAPH_HOLDERS)]) {
    const textBlock = isTextBlock(block);
    // A block holding no `<br>` is read whole when it is a paragraph, and a container's own stray text is no story.
    const { runs, broken } = ownRuns(block);
    if (broken) {
      for (const text of runs) yield { block, text };
    } else if (textBlock) {
      const text = textOf(block);
      if (text) yield { block, text };
    }
  }
}
