import { STOP_WORDS } from './stop-words';

/** Enough words to settle the language of any article; reading further only costs time on 10 MB inputs. */
const MAX_WORDS = 5000;
/** Below this many function-word hits the text is too short (or in an unlisted language) to call. */
const MIN_HITS = 3;
/** The winner's share of all words must reach this (0–1): a few stray "de"s do not make English text Dutch. */
const MIN_SHARE = 0.05;

const WORD = /[\p{L}\p{M}]+/gu;

/** Guesses the primary language tag (`en`, `de`, …) of a text from its function words; undefined when unsure. */
export function guessLanguage(texts: readonly string[]): string | undefined {
  const hits = new Map<string, number>();
  let words = 0;
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      for (const [language, list] of STOP_WORDS) {
        if (list.has(word)) hits.set(language, (hits.get(language) ?? 0) + 1);
      }
      if (++words >= MAX_WORDS) return pick(hits, words);
    }
  }
  return pick(hits, words);
}

function pick(hits: ReadonlyMap<string, number>, words: number): string | undefined {
  let best: string | undefined;
  let bestHits = 0;
  for (const [language, count] of hits) {
    if (count > bestHits) {
      best = language;
      bestHits = count;
    }
  }
  return bestHits >= MIN_HITS && bestHits / words >= MIN_SHARE ? best : undefined;
}
