/**
 * A sentence's end: a letter (or its vowel sign) or digit, then a full stop, question or exclamation mark (Latin, CJK
 * full-width, the Devanagari danda), perhaps closed by a quote or bracket, then a space or the text's end.
 */
const SENTENCE_END = /[\p{L}\p{M}\p{N}][.!?…。！？।]+["'”’»)\]]*(?:\s|$)/u;

/**
 * A pass of labels is short: an ad label, a kicker, a share row, a byline. Longer text without a sentence end is a
 * story set in lines (a wire brief's bullet points, a results table), not a leftover. Characters, a tweet's length.
 */
const MAX_LABELS_CHARS = 140;

/**
 * True when Readability's strict pass kept no sentence at all, only a few labels: an ad label ("Publicidad"), a kicker
 * or a share row left over after its unlikely-name filter removed the story's column (a `main` classed "lay-sidebar").
 * Even a one-line brief ends a sentence, so such a pass is no story, and the full search (Readability's retries with
 * its filters off) is read instead, as when the strict pass finds nothing.
 */
export function isStorylessPass(text: string): boolean {
  return text.trim().length <= MAX_LABELS_CHARS && !SENTENCE_END.test(text);
}
