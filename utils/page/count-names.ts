import { isNameShaped } from './is-name-shaped';

/** How often each name-shaped line occurs: exactly, and for its most frequent case variant. */
export interface NameCounts {
  exact: ReadonlyMap<string, number>;
  /** Lower-cased name → occurrences of its most frequent exact spelling. */
  topVariant: ReadonlyMap<string, number>;
}

/** Counts name-shaped lines in one pass with two Maps, so "is this name repeated elsewhere" is O(1) per line. */
export function countNames(texts: readonly string[]): NameCounts {
  const exact = new Map<string, number>();
  for (const text of texts) {
    if (isNameShaped(text)) exact.set(text, (exact.get(text) ?? 0) + 1);
  }
  const topVariant = new Map<string, number>();
  for (const [name, count] of exact) {
    const folded = name.toLowerCase();
    topVariant.set(folded, Math.max(topVariant.get(folded) ?? 0, count));
  }
  return { exact, topVariant };
}
