import type { NoiseReason } from '../model';
import { INSULT_WORDS } from './insult-words';
import { SUFFIXED_WORD_PATTERN } from '../text/word-pattern';

/** Weight of one insult word; each further distinct one adds as an independent cue (1 - 0.6^n). */
const INSULT_WEIGHT = 0.4;
/** Distinct insult words quoted in the message (count): enough to explain, short enough to read. */
const MAX_QUOTED = 3;

/** Flags whole-word insults from `INSULT_WORDS`, case-insensitive. */
export function detectInsults(text: string): NoiseReason | undefined {
  const found = new Set<string>();
  for (const match of text.matchAll(SUFFIXED_WORD_PATTERN)) {
    const word = match[0].toLowerCase();
    if (INSULT_WORDS.has(word)) found.add(word);
  }
  if (found.size === 0) return undefined;
  const words = [...found];
  const quoted = words
    .slice(0, MAX_QUOTED)
    .map((w) => `'${w}'`)
    .join(', ');
  return {
    code: 'insult',
    message: `contains ${quoted}${words.length > MAX_QUOTED ? '…' : ''}`,
    weight: 1 - (1 - INSULT_WEIGHT) ** words.length,
  };
}
