// TEMP baseline (replaced by the noise work).
import type { Comment, NoiseScore } from '../model';

export interface NoiseOptions {
  mutedAuthors?: readonly string[];
  keywords?: readonly string[];
}

/** Scores every comment for noise with human-readable reasons; the list gives context (duplicates). */
export function scoreNoise(comments: readonly Comment[], _options: NoiseOptions = {}): NoiseScore[] {
  return comments.map(() => ({ score: 0, reasons: [] }));
}
