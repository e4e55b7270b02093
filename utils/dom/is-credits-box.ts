import { textOf } from './text-of';

const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'DL']);

/**
 * The heading of a film's or a record's credits card, as film and music sites title it: "Film Credits", "Credits",
 * "Cast & Crew", "Cast and credits", "Movie details", "Album info". The whole heading.
 */
const CREDITS_HEADING =
  /^(?:(?:film|movie|album|record|show|series) )?(?:credits|details|info(?:rmation)?)$|^cast (?:and|&) (?:crew|credits)$/i;

/** A credits card holds names and short facts; a line this long, ending a sentence, is prose. */
const MAX_FACT_CHARS = 100;
const SENTENCE_END = /[.!?]["”’]?$/;

/**
 * True for a review's credits card: a box whose first heading is "Film Credits", "Cast & Crew" or the like, and whose
 * other blocks are all short (names, roles, runtime, rating), as film sites print it under the review. A section
 * under a "Credits" heading that holds a paragraph of prose is kept.
 */
export function isCreditsBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const heading = element.querySelector('h2, h3, h4, h5, dt');
  if (!heading || !CREDITS_HEADING.test(textOf(heading))) return false;
  const before = element.firstElementChild;
  // The heading opens the box (directly or as its first block's only text).
  if (!before || (before !== heading && !before.contains(heading))) return false;
  for (const block of element.querySelectorAll('p, li, div, dd')) {
    if (block.querySelector('p, li, div, dd')) continue;
    const text = textOf(block);
    if (text.length > MAX_FACT_CHARS && SENTENCE_END.test(text)) return false;
  }
  return true;
}
