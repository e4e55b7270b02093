/** Decimal places kept in a score, so JSON output stays readable and stable. */
const SCORE_DECIMALS = 3;

/**
 * Combines reason weights as independent cues: 1 - Π(1 - w). Any weight of 1 gives 1; more reasons never lower the
 * score; the result stays in 0–1 however many reasons there are.
 */
export function combineWeights(weights: readonly number[]): number {
  let keep = 1;
  for (const weight of weights) keep *= 1 - Math.min(1, Math.max(0, weight));
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round((1 - keep) * factor) / factor;
}
