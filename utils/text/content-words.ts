import { STOP_WORDS } from './stop-words';

/** A word: letters and digits, with inner apostrophes ("didn't", "kim's") kept so possessives can be dropped. */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const CURLY_APOSTROPHE = /’/g;
/** Shortest word worth counting: single letters are initials or list marks, not topics. */
const MIN_WORD_LENGTH = 2;

/**
 * The topic-bearing words of a text, lower-cased, possessives folded ("Putin’s" → "putin"), stop words and single
 * letters dropped, in order. The unit of every term vector in the summary.
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  // Lower-case and fold apostrophes once for the whole text: per-word string work dominated the cost.
  const folded = text.toLowerCase().replace(CURLY_APOSTROPHE, "'");
  for (const word of folded.match(WORD) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    const base = word.endsWith("'s") ? word.slice(0, -2) : word;
    if (base.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(base)) words.push(base);
  }
  return words;
}
