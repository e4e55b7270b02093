import { SECTION_HEADING_TAGS } from './heading-tags';
import { slugWords } from './is-text-slug-id';

/** A pager's word alone, as the line tables drop it ("Next", "Previous", "Older", "Newer", "Back"). */
const PAGER_WORD = /^(?:next|previous|prev|older|newer|back)$/i;

/**
 * True when `line` is a pager's word ("Next") that `block`, a section heading with no link, prints as its whole text
 * under an id made of that word (`<h2 id="next">Next</h2>`). Markdown renderers (kramdown, Hugo, GitHub) and WordPress
 * block headings give every subheading such an id for jump links; a pager's label is a link or a span in a nav row,
 * hardly ever an anchored heading. So "## Next" closing a blog post is the writer's section, not the post navigation the
 * line tables drop that word for.
 */
export function isPagerWordHeading(block: Element | undefined, line: string): boolean {
  if (!block || !SECTION_HEADING_TAGS.has(block.tagName.toUpperCase())) return false;
  const text = line.trim();
  if (!PAGER_WORD.test(text) || block.querySelector('a') !== null) return false;
  return slugWords(block.id).join(' ') === slugWords(text).join(' ');
}
