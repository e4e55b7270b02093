import { cosine, type TermVector } from '../text/term-vectors';
import { endsBlock, runSteps, type Steps } from '../steps/steps';

/** A text unit competing for a place in a summary. */
export interface Candidate {
  score: number;
  vector: TermVector;
  /** Units of the same group (one comment's sentences) are never both picked. */
  group?: string;
}

/** Tunables of the diverse (MMR) pick. */
export interface DiverseOptions {
  /** How much similarity to an already picked unit costs, in score units (MMR's 1 − λ). */
  redundancyWeight: number;
  /** Cosine similarity at or above which a unit is a near-duplicate of a picked one and is never picked. */
  duplicateSimilarity: number;
}

/**
 * Greedy maximal marginal relevance: repeatedly picks the candidate with the best score minus its similarity to what
 * is already picked, skipping near-duplicates and repeated groups. Returns candidate indices in pick order.
 * O(count × candidates). Similarities are brought up to date lazily: a candidate whose value, on what it has been
 * compared with so far, cannot beat the best found in this round is not compared with the newer picks (similarity
 * only grows as picks are added, so that value is an upper bound). The picks are the same as comparing everything.
 */
export function selectDiverse(candidates: readonly Candidate[], count: number, options: DiverseOptions): number[] {
  return runSteps(selectDiverseSteps(candidates, count, options));
}

/** `selectDiverse` step by step (see `Steps`): one step per pick. */
export function* selectDiverseSteps(
  candidates: readonly Candidate[],
  count: number,
  options: DiverseOptions,
): Steps<number[]> {
  const picked: number[] = [];
  const usedGroups = new Set<string>();
  const maxSimilarity = candidates.map(() => 0);
  /** How many of the picks each candidate's maxSimilarity already covers. */
  const compared = candidates.map(() => 0);
  const taken = candidates.map(() => false);
  // The bound holds only when similarity costs (a negative weight would reward it): otherwise compare everything.
  const lazy = options.redundancyWeight >= 0;
  const valueOf = (i: number): number => candidates[i]!.score - options.redundancyWeight * maxSimilarity[i]!;
  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      // A pick reads every candidate: thousands of comments' sentences are too many for one step.
      if (endsBlock(i)) yield;
      const candidate = candidates[i]!;
      if (taken[i] || maxSimilarity[i]! >= options.duplicateSimilarity) continue;
      if (candidate.group !== undefined && usedGroups.has(candidate.group)) continue;
      if (lazy && compared[i]! < picked.length) {
        const bound = valueOf(i);
        // Ties go to the earlier candidate, as in a full scan.
        if (bound < bestValue || (bound === bestValue && best >= 0)) continue;
      }
      for (; compared[i]! < picked.length; compared[i]!++) {
        const other = candidates[picked[compared[i]!]!]!;
        maxSimilarity[i] = Math.max(maxSimilarity[i]!, cosine(candidate.vector, other.vector));
      }
      if (maxSimilarity[i]! >= options.duplicateSimilarity) continue;
      const value = valueOf(i);
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    const chosen = candidates[best];
    if (!chosen) break;
    picked.push(best);
    taken[best] = true;
    if (chosen.group !== undefined) usedGroups.add(chosen.group);
    yield;
  }
  return picked;
}
