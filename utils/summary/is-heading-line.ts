/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?…]["'”’»)\]]*$/;
/** Words under which a line without final punctuation is a heading or label rather than a sentence. */
const HEADING_MAX_WORDS = 15;
const WORD = /\S+/g;

/** True for a short line without final punctuation: a headline, a label, a date line, a byline tail. */
export function isHeadingLine(text: string): boolean {
  return !FINAL_PUNCTUATION.test(text) && (text.match(WORD)?.length ?? 0) < HEADING_MAX_WORDS;
}
