import { foldWords } from '../text/fold-words';

/** Shorter normalised texts (characters) are left to the very-short check: "lol" twice is not a copy-paste. */
const DUPLICATE_MIN_CHARS = 20;

/**
 * For each text, the index of the first earlier text with the same normalised content (same or near-same text), or
 * undefined. One map lookup per text: linear in the total length.
 */
export function findDuplicates(texts: readonly string[]): (number | undefined)[] {
  const firstSeen = new Map<string, number>();
  return texts.map((text, i) => {
    const key = foldWords(text);
    if (key.length < DUPLICATE_MIN_CHARS) return undefined;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) return earlier;
    firstSeen.set(key, i);
    return undefined;
  });
}
