import { textOf } from './text-of';

/** Heading elements a story uses for its own sections (h1 is the headline). */
const SUBHEADING_SELECTOR = 'h2, h3, h4, h5, h6';
/** A subheading is a short label (characters); a longer "heading" is a styled paragraph or a teaser. */
const MAX_SUBHEADING_CHARS = 120;

/**
 * The texts (one line each, spaces squeezed) of the section headings under `root` that hold no link: a story's
 * subheadings ("What happens next"), which a publisher's declared copy (JSON-LD `articleBody`) often leaves out. A
 * heading with a link is a teaser's title.
 */
export function subheadingTexts(root: Element): Set<string> {
  const texts = new Set<string>();
  for (const heading of root.querySelectorAll(SUBHEADING_SELECTOR)) {
    if (heading.querySelector('a')) continue;
    const text = textOf(heading);
    if (text.length > 0 && text.length <= MAX_SUBHEADING_CHARS) texts.add(text);
  }
  return texts;
}
