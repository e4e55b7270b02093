import { isUnlikelyNamed, MAYBE_NAME, UNLIKELY_NAME } from './readability-names';

/** Phrasing elements that carry words of a sentence: dropping one cuts the sentence, whatever its name says. */
const INLINE = 'p span, p b, p strong, p i, p em, p font, p small';
/** An inline piece mid-sentence is a word or a few (a place, a date, a name), at most this many words. */
const INLINE_MAX_WORDS = 6;
/** The sentence around it holds at least this many words: a paragraph of text, not a one-line label. */
const SENTENCE_MIN_WORDS = 12;
const SPACES = /\s+/;

function words(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(SPACES).length;
}

/**
 * Takes the names Readability reads as unlikely content off the inline pieces of a paragraph's sentence in a page copy
 * before Readability reads it. Readability drops any named node but a link, inline or not, and a press wire wraps the
 * dateline's place and date in spans whose class happens to match (`legendSpanClass` reads as "legends"): "BOSTON,
 * Nov. 17, 2026 /PRNewswire/ --" came out as ", /PRNewswire/ --". Only short pieces with more of the paragraph after
 * them are cleared: a credit or a note at a paragraph's end keeps its name. Edits the copy in place.
 */
export function clearInlineNames(clone: Document): void {
  if (!UNLIKELY_NAME || !MAYBE_NAME) return;
  for (const element of clone.querySelectorAll(INLINE)) {
    if (!isUnlikelyNamed(element)) continue;
    const paragraph = element.closest('p');
    const text = element.textContent ?? '';
    if (!paragraph || words(text) > INLINE_MAX_WORDS) continue;
    const whole = paragraph.textContent ?? '';
    const after = whole.slice(whole.indexOf(text) + text.length);
    if (words(whole) < SENTENCE_MIN_WORDS || words(after) === 0) continue;
    element.removeAttribute('class');
    element.removeAttribute('id');
  }
}
