import type { Token } from './tokenize';

/** Longest sentence the tagger sees, in tokens: bounds context features on text with no punctuation at all. */
const MAX_SENTENCE_TOKENS = 200;
/** Sentence-final punctuation. */
const FINAL = /^[.!?]+$/;
/** What may open a new sentence: a capital, digit or opening quote/bracket. */
const OPENER = /^[\p{Lu}\p{N}"“‘'([]/u;

/** Groups tokens into sentences as `[start, end)` index ranges; linear and never empty unless there are no tokens. */
export function splitTokenSentences(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const atEnd = !next || i + 1 - start >= MAX_SENTENCE_TOKENS;
    const breaks = next !== undefined && FINAL.test(tokens[i]?.text ?? '') && OPENER.test(next.text);
    if (atEnd || breaks) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  return ranges;
}
