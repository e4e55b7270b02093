/**
 * A drop cap's letter: one capital (after an opening quote mark, if any), as magazine templates set the story's first
 * letter in a span of its own.
 */
const INITIAL = /^["'“‘«„]?\p{Lu}$/u;
/** The rest of the first word, right after the letter with no space: it opens on a lower-case letter ("very"). */
const WORD_REST = /^\p{Ll}/u;

/**
 * True when `letter` (an element's whole text) and `rest` (the text right after the element) are a drop cap and the
 * rest of the word it starts: "E" + "very morning …". A letter followed by a space, a capital or its own copy for
 * screen readers is something else (an icon's glyph, a label, a grade).
 */
export function isDropCapLetter(letter: string, rest: string): boolean {
  return INITIAL.test(letter.trim()) && WORD_REST.test(rest);
}
