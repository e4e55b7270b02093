/** Opening and closing curly double quotes, counted to find a quotation the splitter had to cut. */
const OPEN_QUOTE = /[“«]/g;
const CLOSE_QUOTE = /[”»]/g;
const STRAIGHT_QUOTE = /"/g;
/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
const FINAL_PUNCTUATION = /[.!?…]["'”’»)\]]*$/;
/** Words under which a line without final punctuation is a heading or label rather than a sentence. */
const HEADING_MAX_WORDS = 15;
const WORD = /\S+/g;

/**
 * True when the sentence cannot stand alone in a summary: a quotation opened and not closed (or closed and not
 * opened) inside it, or a short line without final punctuation (a headline, a label, a byline tail).
 */
export function isCutSentence(text: string): boolean {
  const opens = text.match(OPEN_QUOTE)?.length ?? 0;
  const closes = text.match(CLOSE_QUOTE)?.length ?? 0;
  const straight = text.match(STRAIGHT_QUOTE)?.length ?? 0;
  if (opens !== closes || straight % 2 === 1) return true;
  return !FINAL_PUNCTUATION.test(text) && (text.match(WORD)?.length ?? 0) < HEADING_MAX_WORDS;
}
