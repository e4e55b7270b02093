import { MIN_STORY_PROSE_CHARS, proseChars } from './prose-chars';

/** A block holding at least this share of the page's prose holds the story, not one long paragraph beside it. */
const MIN_PAGE_PROSE_SHARE = 0.5;

/**
 * A test for a block that holds the page's story: a story's prose (`MIN_STORY_PROSE_CHARS`) and at least half of all
 * the prose on the page. The rules that take a layout's name off the story's wrapper before Readability reads a page
 * copy (a share bar's, a menu's, a scrolled pane's) ask it of each block so named. The page's prose is counted once,
 * when first needed.
 */
export function mostProseTest(doc: Document): (block: Element) => boolean {
  let pageProse: number | undefined;
  return (block) => {
    const prose = proseChars(block);
    if (prose < MIN_STORY_PROSE_CHARS) return false;
    pageProse ??= doc.body ? proseChars(doc.body) : prose;
    return prose >= pageProse * MIN_PAGE_PROSE_SHARE;
  };
}
