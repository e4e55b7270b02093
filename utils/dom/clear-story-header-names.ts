import { dropClassNames } from './drop-class-names';
import { MIN_STORY_PROSE_CHARS, proseChars } from './prose-chars';

/** The word Readability drops a block for as unlikely content, whatever it holds (`listHeader_root`). */
const HEADER_WORD = /header/i;

/**
 * Elements Readability never drops for their names, which keep theirs: a `<header>`, and the page's `<html>` and
 * `<body>`, whose classes describe the whole page's layout (Avada's `avada-html-header-position-top`), not a block.
 */
const KEPT_TAGS = new Set(['HEADER', 'HTML', 'BODY']);

/**
 * Takes the "header" words off the blocks of a page copy that hold the story's own paragraphs, before Readability
 * reads it: Readability drops any block whose class says "header" as unlikely content, with all inside, and a list
 * page that sets its introduction in the block around its title (Ranker's `listHeader_root`: title, meta row, two
 * paragraphs of prose, then the entries) lost it. `KEPT_TAGS` are left as they are. Edits `clone` in place.
 */
export function clearStoryHeaderNames(clone: Document): void {
  for (const block of clone.querySelectorAll('[class*="header" i]')) {
    if (KEPT_TAGS.has(block.tagName.toUpperCase()) || proseChars(block) < MIN_STORY_PROSE_CHARS) continue;
    dropClassNames(block, (name) => HEADER_WORD.test(name));
  }
}
