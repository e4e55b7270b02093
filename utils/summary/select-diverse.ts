import { cosine, type TermVector } from '../text/term-vectors';

/** A text unit competing for a place in a summary. */
export interface Candidate {
  score: number;
  vector: TermVector;
  /** Units of the same group (one comment's sentences) are never both picked. */
  group?: string;
}

export interface DiverseOptions {
  /** How much similarity to an already picked unit costs, in score units (MMR's 1 − λ). */
  redundancyWeight: number;
  /** Cosine similarity at or above which a unit is a near-duplicate of a picked one and is never picked. */
  duplicateSimilarity: number;
}

/**
 * Greedy maximal marginal relevance: repeatedly picks the candidate with the best score minus its similarity to what
 * is already picked, skipping near-duplicates and repeated groups. Returns candidate indices in pick order.
 * O(count × candidates), linear for the handful of units a summary takes.
 */
export function selectDiverse(candidates: readonly Candidate[], count: number, options: DiverseOptions): number[] {
  const picked: number[] = [];
  const usedGroups = new Set<string>();
  const maxSimilarity = candidates.map(() => 0);
  // Picked, same-group and near-duplicate candidates stay out for good: they skip the similarity updates too.
  const out = candidates.map(() => false);
  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]!;
      if (out[i] || maxSimilarity[i]! >= options.duplicateSimilarity) continue;
      if (candidate.group !== undefined && usedGroups.has(candidate.group)) {
        out[i] = true;
        continue;
      }
      const value = candidate.score - options.redundancyWeight * maxSimilarity[i]!;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    const chosen = candidates[best];
    if (!chosen) break;
    picked.push(best);
    out[best] = true;
    if (chosen.group !== undefined) usedGroups.add(chosen.group);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]!;
      if (out[i] || maxSimilarity[i]! >= options.duplicateSimilarity) continue;
      if (chosen.group !== undefined && candidate.group === chosen.group) {
        out[i] = true;
        continue;
      }
      maxSimilarity[i] = Math.max(maxSimilarity[i]!, cosine(candidate.vector, chosen.vector));
    }
  }
  return picked;
}
