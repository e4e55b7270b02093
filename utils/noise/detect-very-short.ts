import type { NoiseReason } from '../model';
import { WORD_PATTERN } from '../text/word-pattern';

/** Comments with fewer words than this (count) rarely carry content of their own ("lol", "So true!"). */
const VERY_SHORT_WORDS = 4;
/** Weight of shortness alone: a nudge, never enough to collapse a comment by itself (but with another cue, it is). */
const VERY_SHORT_WEIGHT = 0.3;

/** Flags a one-liner with little content: fewer than `VERY_SHORT_WORDS` words. */
export function detectVeryShort(text: string): NoiseReason | undefined {
  // Stop counting once the comment is long enough: a 10 MB comment costs no more than a short one.
  let words = 0;
  for (const _ of text.matchAll(WORD_PATTERN)) if (++words >= VERY_SHORT_WORDS) return undefined;
  const message = words === 0 ? 'no words' : `only ${words} word${words === 1 ? '' : 's'}`;
  return { code: 'very-short', message, weight: VERY_SHORT_WEIGHT };
}
