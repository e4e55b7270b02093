/** Opening and closing curly double quotes, counted to find a quotation the splitter had to cut. */
const OPEN_QUOTE = /[“«]/g;
const CLOSE_QUOTE = /[”»]/g;
const STRAIGHT_QUOTE = /"/g;

/**
 * True when a quotation is opened and not closed (or closed and not opened) inside the sentence: it was cut from a
 * longer quote and misleads when shown alone.
 */
export function isCutSentence(text: string): boolean {
  const opens = text.match(OPEN_QUOTE)?.length ?? 0;
  const closes = text.match(CLOSE_QUOTE)?.length ?? 0;
  const straight = text.match(STRAIGHT_QUOTE)?.length ?? 0;
  return opens !== closes || straight % 2 === 1;
}
