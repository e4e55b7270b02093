import type { NoiseScore } from '../../utils/model';

/**
 * Whether a comment is collapsed as noise at this threshold (0–1). A comment needs at least one reason: a stub must
 * say why, and a threshold of 0 should not collapse clean comments.
 */
export function isCollapsedAsNoise(noise: NoiseScore | undefined, threshold: number): boolean {
  return noise !== undefined && noise.reasons.length > 0 && noise.score >= threshold;
}
