import type { BioSentence } from './read-bio';

/** Most common words kept: covers the function words and everyday vocabulary of headlines in a few KB gzip. */
const COMMON_WORDS = 3000;
/** Fewest lowercase occurrences for a word to count as common. */
const MIN_COUNT = 3;
/** A word is common when it is written in lowercase at least this many times as often as capitalised. */
const LOWER_RATIO = 1.5;
const WORD = /^[\p{L}'’-]+$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Everyday words of the training text: written mostly in lowercase there ("says", "edge", "little"), so an
 * ALL-CAPS headline can be read back in normal case and a lone capitalised one is not taken for a name.
 */
export function commonWords(sentences: readonly BioSentence[]): string[] {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!WORD.test(word)) continue;
      const key = word.toLowerCase().replace(/’/g, "'");
      const counts = LOWER_START.test(word) ? lower : upper;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...lower]
    .filter(([key, n]) => n >= MIN_COUNT && n >= LOWER_RATIO * (upper.get(key) ?? 0))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, COMMON_WORDS)
    .map(([key]) => key)
    .sort();
}
