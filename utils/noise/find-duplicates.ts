import { foldWords } from '../text/fold-words';
import { mapSteps, runSteps, type Steps } from '../steps/steps';

/** Shorter normalised texts (characters) are left to the very-short check: "lol" twice is not a copy-paste. */
const DUPLICATE_MIN_CHARS = 20;

/**
 * For each text, the index of the first earlier text with the same normalised content (same or near-same text), or
 * undefined. One map lookup per text: linear in the total length.
 */
export function findDuplicates(texts: readonly string[]): (number | undefined)[] {
  return runSteps(findDuplicatesSteps(texts));
}

/** `findDuplicates` step by step (see `Steps`): one step per text. */
export function findDuplicatesSteps(texts: readonly string[]): Steps<(number | undefined)[]> {
  const firstSeen = new Map<string, number>();
  return mapSteps(texts, (text, i) => {
    const key = foldWords(text);
    if (key.length < DUPLICATE_MIN_CHARS) return undefined;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) return earlier;
    firstSeen.set(key, i);
    return undefined;
  });
}
