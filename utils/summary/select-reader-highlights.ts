// TEMP baseline (replaced by the summary work).
import type { Comment, ReaderHighlight } from '../model';

/** Picks 2–4 comment sentences that cover the discussion, noisy comments excluded. */
export function selectReaderHighlights(_comments: readonly Comment[]): ReaderHighlight[] {
  return [];
}
