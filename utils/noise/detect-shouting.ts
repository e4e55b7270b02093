import type { NoiseReason } from '../model';

/** Below this many letters (count) a run of capitals is an acronym or a short cry, not shouting. */
const SHOUT_MIN_LETTERS = 12;
/** Share of letters (0–1) that must be upper-case: ordinary text with names and acronyms stays well below it. */
const SHOUT_MIN_UPPER_SHARE = 0.7;
/** Weight of shouting: a whole comment in capitals reads as a rant; at the default threshold (0.5) it collapses. */
const SHOUT_WEIGHT = 0.5;

/** Flags a comment written mostly in capital letters. */
export function detectShouting(text: string): NoiseReason | undefined {
  // One pass without allocations for ASCII; other characters count when they have two cases (so CJK never shouts).
  let letters = 0;
  let upper = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code > 127) {
      const ch = text[k] ?? '';
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) continue;
      letters++;
      if (ch !== lower) upper++;
    }
  }
  if (letters < SHOUT_MIN_LETTERS || upper / letters < SHOUT_MIN_UPPER_SHARE) return undefined;
  return { code: 'shouting', message: 'mostly capitals', weight: SHOUT_WEIGHT };
}
